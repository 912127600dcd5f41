using System.Text.RegularExpressions;
using Tollgate.Core.Oci;
using Tollgate.Core.Oci.Registry;

namespace Tollgate.Core.Identity;

/// <summary>
/// The one parser of artifact references. Canonical: <c>oci://</c>, <c>oci-layout:</c>, <c>nuget:</c>, or a folder.
/// Two deprecated registry spellings still parse (flagged <see cref="ArtifactReference.DeprecatedSpelling"/>): <c>oci:HOST/REPO</c>
/// and a bare <c>HOST/REPO</c> whose first part is a host (has a '.' or a ':port', or is localhost — Docker's rule).
/// Every malformed reference fails with <see cref="ErrorCodes.ArtifactReferenceInvalid"/>.
/// </summary>
internal static partial class ArtifactReferenceParser
{
    public static ArtifactReference Parse(string text) => ParseOrThrow(text);

    public static bool TryParse(string? text, out ArtifactReference reference, out string problem)
    {
        reference = null!;
        try
        {
            reference = ParseOrThrow(text);
            problem = "";
            return true;
        }
        catch (TollgateException ex) when (ex.Code == ErrorCodes.ArtifactReferenceInvalid)
        {
            problem = ex.Data[ProblemKey] as string ?? ex.Message;
            return false;
        }
    }

    public static string ValidDigest(string digest) => OciDigest.IsValid(digest) ? digest
        : throw Invalid(digest, $"'{digest}' is not a manifest digest (sha256:<64 lowercase hex>)");

    private static ArtifactReference ParseOrThrow(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Invalid(text, "it is empty");
        }

        if (text.StartsWith(ArtifactReference.LayoutScheme, StringComparison.Ordinal))
        {
            return Oci(ArtifactReferenceKind.OciLayout, text, text[ArtifactReference.LayoutScheme.Length..], deprecated: false);
        }

        if (text.StartsWith(ArtifactReference.RegistryScheme, StringComparison.Ordinal))
        {
            return Oci(ArtifactReferenceKind.OciRegistry, text, text[ArtifactReference.RegistryScheme.Length..], deprecated: false);
        }

        if (text.StartsWith(ArtifactReference.LegacyRegistryScheme, StringComparison.Ordinal))
        {
            return Oci(ArtifactReferenceKind.OciRegistry, text, text[ArtifactReference.LegacyRegistryScheme.Length..], deprecated: true);
        }

        if (text.StartsWith(ArtifactReference.NuGetScheme, StringComparison.Ordinal))
        {
            return NuGet(text, text[ArtifactReference.NuGetScheme.Length..]);
        }

        if (text.Contains("://", StringComparison.Ordinal))
        {
            throw Invalid(text, $"'{text[..text.IndexOf("://", StringComparison.Ordinal)]}://' is not a reference scheme");
        }

        var slash = text.IndexOf('/');
        return slash > 0 && BareHost().IsMatch(text[..slash])
            ? Oci(ArtifactReferenceKind.OciRegistry, text, text, deprecated: true)
            : new ArtifactReference(ArtifactReferenceKind.Folder, text);
    }

    /// <summary><c>LOCATION[:TAG][@sha256:…]</c>; a layout's drive letter (<c>C:\…</c>) is not a tag.</summary>
    private static ArtifactReference Oci(ArtifactReferenceKind kind, string text, string rest, bool deprecated)
    {
        string? digest = null;
        string? tag = null;
        var at = rest.LastIndexOf('@');
        if (at >= 0 && rest.IndexOfAny(['/', '\\'], at) < 0)
        {
            digest = OciDigest.IsValid(rest[(at + 1)..]) ? rest[(at + 1)..] : throw Invalid(text, $"'{rest[(at + 1)..]}' is not a manifest digest (sha256:<64 lowercase hex>)");
            rest = rest[..at];
        }

        var colon = rest.LastIndexOf(':');
        var separator = rest.LastIndexOfAny(['/', '\\']);
        if (colon > separator && !(kind == ArtifactReferenceKind.OciLayout && colon == 1 && char.IsAsciiLetter(rest[0])))
        {
            tag = OciTagOrThrow(text, rest[(colon + 1)..]);
            rest = rest[..colon];
        }

        if (rest.Length == 0)
        {
            throw Invalid(text, kind == ArtifactReferenceKind.OciLayout ? "it names no folder" : "it names no registry");
        }

        if (kind == ArtifactReferenceKind.OciRegistry)
        {
            RegistryOrThrow(text, rest);
        }

        return new ArtifactReference(kind, rest) with { Tag = tag, Digest = digest, DeprecatedSpelling = deprecated };
    }

    private static ArtifactReference NuGet(string text, string rest)
    {
        var query = rest.LastIndexOf('?');
        if (query < 0 || !rest[query..].Contains("package=", StringComparison.Ordinal))
        {
            return rest.Length > 0 ? ArtifactReference.NuGet(rest) : throw Invalid(text, "it names no source (a folder or a v3 index URL)");
        }

        string? id = null;
        string? version = null;
        foreach (var pair in rest[(query + 1)..].Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            _ = (eq < 0 ? pair : pair[..eq]) switch
            {
                "package" => id = pair[(eq + 1)..],
                "version" => version = pair[(eq + 1)..],
                _ => throw Invalid(text, $"'{pair}' is not package=ID or version=V"),
            };
        }

        return query > 0 && id is { Length: > 0 } && version is { Length: > 0 }
            ? ArtifactReference.NuGet(rest[..query], id, version)
            : throw Invalid(text, "a pinned NuGet reference needs a source, package=ID and version=V");
    }

    private static string OciTagOrThrow(string text, string tag)
    {
        try
        {
            return OciTags.Validate(tag);
        }
        catch (TollgateException)
        {
            throw Invalid(text, $"'{tag}' is not an OCI tag (letters, digits, '_', '.', '-'; at most 128)");
        }
    }

    private static void RegistryOrThrow(string text, string hostAndRepository)
    {
        try
        {
            RegistryReference.Parse(hostAndRepository);
        }
        catch (TollgateException ex)
        {
            throw Invalid(text, ex.Message.TrimEnd('.'));
        }
    }

    private const string ProblemKey = "problem";

    private static TollgateException Invalid(string? text, string problem) => new(ErrorCodes.ArtifactReferenceInvalid,
        $"'{text}' is not an artifact reference: {problem}.",
        "Write oci://HOST/REPO[:TAG|@sha256:…] (e.g. oci://127.0.0.1:5000/models/churn), oci-layout:DIR[@sha256:…] or nuget:SOURCE (a folder or a v3 index URL).")
    {
        Data = { [ProblemKey] = problem },
    };

    // Docker's rule for the first part of a bare name: a host has a '.', a ':port', or is localhost ('.' and '..' are folders).
    [GeneratedRegex(@"^(?:localhost(?::\d+)?|\[[0-9A-Fa-f:.]+\](?::\d+)?|[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?::\d+)?|[A-Za-z0-9-]+:\d+)$")]
    private static partial Regex BareHost();
}
