using Tollgate.Core.Identity;
using Tollgate.Core.Oci.Registry;

namespace Tollgate.Core.Oci;

/// <summary>Opens a store for an OCI <see cref="ArtifactReference"/>: <c>oci://REGISTRY/REPO</c> or <c>oci-layout:DIR</c>.</summary>
internal static class OciLocation
{
    /// <summary>Environment variables for registry credentials; otherwise Docker's config.json is read.</summary>
    public const string UsernameVariable = "TOLLGATE_OCI_USERNAME";
    public const string PasswordVariable = "TOLLGATE_OCI_PASSWORD";

    /// <summary>Parses <paramref name="text"/> with the one reference parser, then opens it.</summary>
    public static IOciStore Open(string text, RegistryOptions? options = null) => Open(ArtifactReference.Parse(text), options);

    public static IOciStore Open(ArtifactReference reference, RegistryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        return reference.Kind switch
        {
            ArtifactReferenceKind.OciLayout => new OciLayout(reference.Location),
            ArtifactReferenceKind.OciRegistry => OpenRegistry(reference, options),
            _ => throw new TollgateException(ErrorCodes.ArtifactReferenceInvalid, $"'{reference}' is not an OCI location.",
                "Write oci://HOST/REPO (a registry) or oci-layout:DIR (an image layout)."),
        };
    }

    /// <param name="repository"><c>package.ociRepository</c>: <c>HOST/REPO</c> or <c>oci://HOST/REPO</c>.</param>
    public static RegistryStore OpenRegistry(string repository, RegistryOptions? options = null) => OpenRegistry(ArtifactReference.Repository(repository), options);

    public static RegistryStore OpenRegistry(ArtifactReference reference, RegistryOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        options ??= new RegistryOptions();
        if (options.Credentials is null && Environment.GetEnvironmentVariable(UsernameVariable) is { Length: > 0 } user)
        {
            options = options with { Credentials = new RegistryCredentials(user, Environment.GetEnvironmentVariable(PasswordVariable) ?? "") };
        }

        return new RegistryStore(reference.Registry, options);
    }
}
