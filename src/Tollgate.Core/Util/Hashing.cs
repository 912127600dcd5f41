using System.Security.Cryptography;
using System.Text;

namespace Tollgate.Core.Util;

/// <summary>SHA-256 helpers; digests are written as <c>sha256:&lt;64 lowercase hex&gt;</c>.</summary>
internal static class Hashing
{
    public const string Prefix = "sha256:";

    public static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Sha256Hex(string text) => Sha256Hex(Encoding.UTF8.GetBytes(text));

    public static string Sha256File(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static string Digest(string hex) => Prefix + hex;

    /// <summary>True for <c>sha256:</c> followed by 64 lowercase hex digits.</summary>
    public static bool IsDigest(string? digest) =>
        digest is { Length: 71 } && digest.StartsWith(Prefix, StringComparison.Ordinal) && digest.AsSpan(Prefix.Length).IndexOfAnyExcept("0123456789abcdef") < 0;

    /// <summary>The first 8 hex digits, used in version build metadata.</summary>
    public static string Short(string digest) => digest.StartsWith(Prefix, StringComparison.Ordinal)
        ? digest.Substring(Prefix.Length, 8)
        : digest[..8];
}
