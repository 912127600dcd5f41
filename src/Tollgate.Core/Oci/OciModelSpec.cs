using Tollgate.Core.Errors;

namespace Tollgate.Core.Oci;

/// <summary><c>NAME@VERSION</c> or <c>NAME@sha256:…</c>: which model and which OCI reference (tag or digest) to fetch.</summary>
internal sealed record OciModelSpec(string Name, string Reference)
{
    public static OciModelSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var at = text.IndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            throw new TollgateException(ErrorCodes.OciReferenceInvalid, $"'{text}' is not NAME@VERSION or NAME@sha256:<digest>.", "Example: churn@1.4.0 or churn@sha256:…");
        }

        var name = text[..at];
        var rest = text[(at + 1)..];
        var reference = rest.StartsWith("sha256:", StringComparison.Ordinal) ? ValidDigest(rest) : OciTags.ForVersion(rest);
        return new OciModelSpec(name, reference);
    }

    private static string ValidDigest(string digest)
    {
        OciDigest.Hex(digest);
        return digest;
    }
}
