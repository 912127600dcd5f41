using System.Text.RegularExpressions;
using Tollgate.Core.Util;

namespace Tollgate.Core.Oci;

/// <summary>sha256 digest checks; anything else is refused before it touches a path or URL.</summary>
internal static partial class OciDigest
{
    public static bool IsValid(string? digest) => digest is not null && Pattern().IsMatch(digest);

    public static string Hex(string digest)
    {
        if (!IsValid(digest))
        {
            throw new TollgateException(ErrorCodes.OciManifestInvalid, $"'{digest}' is not a sha256 digest (sha256:<64 lowercase hex>).", "Use a digest as printed by 'tollgate push --json'.");
        }

        return digest[Hashing.Prefix.Length..];
    }

    public static string Of(ReadOnlySpan<byte> bytes) => Hashing.Digest(Hashing.Sha256Hex(bytes));

    [GeneratedRegex("^sha256:[a-f0-9]{64}$")]
    private static partial Regex Pattern();
}
