using Tollgate.Core.Errors;
using Tollgate.Core.Oci.Registry;

namespace Tollgate.Core.Oci;

/// <summary>Opens a store from text: <c>oci://REGISTRY/REPO</c> (or bare <c>REGISTRY/REPO</c>) or <c>oci-layout:DIR</c>.</summary>
internal static class OciLocation
{
    public const string LayoutPrefix = "oci-layout:";

    /// <summary>Environment variables for registry credentials; otherwise Docker's config.json is read.</summary>
    public const string UsernameVariable = "TOLLGATE_OCI_USERNAME";
    public const string PasswordVariable = "TOLLGATE_OCI_PASSWORD";

    public static bool IsLayout(string text) => text.StartsWith(LayoutPrefix, StringComparison.Ordinal);

    public static IOciStore Open(string text, RegistryOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if (IsLayout(text))
        {
            var dir = text[LayoutPrefix.Length..];
            if (dir.Length == 0)
            {
                throw new TollgateException(ErrorCodes.OciReferenceInvalid, $"'{text}' names no folder.", "Write oci-layout:DIR, e.g. oci-layout:./dist/oci.");
            }

            return new OciLayout(dir);
        }

        return OpenRegistry(text, options);
    }

    public static RegistryStore OpenRegistry(string text, RegistryOptions? options = null)
    {
        var reference = RegistryReference.Parse(text);
        options ??= new RegistryOptions();
        if (options.Credentials is null && Environment.GetEnvironmentVariable(UsernameVariable) is { Length: > 0 } user)
        {
            options = options with { Credentials = new RegistryCredentials(user, Environment.GetEnvironmentVariable(PasswordVariable) ?? "") };
        }

        return new RegistryStore(reference, options);
    }
}
