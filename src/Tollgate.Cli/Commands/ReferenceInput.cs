using Tollgate.Core.Errors;
using Tollgate.Core.Identity;

namespace Tollgate.Cli.Commands;

/// <summary>
/// Reads a reference typed on the command line with the one parser, warns (TOLLGATE1901) when it used a deprecated
/// spelling, and refuses a kind the option cannot take — the same message for the same text in every command.
/// </summary>
internal static class ReferenceInput
{
    public static ArtifactReference Parse(string text, string option, params ArtifactReferenceKind[] allowed)
    {
        var reference = ArtifactReference.Parse(text);
        if (!allowed.Contains(reference.Kind))
        {
            throw new TollgateException(ErrorCodes.ArtifactReferenceInvalid,
                $"'{text}' ({option}) is {Describe(reference.Kind)}, but {option} takes {string.Join(" or ", allowed.Select(Describe))}.",
                $"Write {string.Join(", ", allowed.Select(Example))}.");
        }

        if (reference.DeprecatedSpelling)
        {
            Console.Error.WriteLine($"warning {ErrorCodes.ArtifactReferenceDeprecated}: '{text}' ({option}) is a deprecated spelling; write {reference} instead.");
        }

        return reference;
    }

    private static string Describe(ArtifactReferenceKind kind) => kind switch
    {
        ArtifactReferenceKind.OciRegistry => "an OCI registry",
        ArtifactReferenceKind.OciLayout => "an OCI image layout",
        ArtifactReferenceKind.NuGet => "a NuGet feed",
        _ => "a folder",
    };

    private static string Example(ArtifactReferenceKind kind) => kind switch
    {
        ArtifactReferenceKind.OciRegistry => "oci://HOST/REPO (e.g. oci://127.0.0.1:5000/models/churn)",
        ArtifactReferenceKind.OciLayout => "oci-layout:DIR",
        ArtifactReferenceKind.NuGet => "nuget:SOURCE (a folder or a v3 index URL)",
        _ => "a folder path",
    };
}
