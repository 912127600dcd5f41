using System.Security.Cryptography;
using System.Text;

namespace Tollgate.Core.Ledger;

/// <summary>
/// A fixed-size Bloom filter of model digests whose audit entries were dropped from the live state. "No" is certain, so
/// the checkpoint answers for that digest; "maybe" sends the caller to the full ledger. Its size never grows.
/// </summary>
internal static class DigestFilter
{
    private const int Bytes = 4096;
    private const int Probes = 3;

    /// <summary>Adds <paramref name="digests"/> to <paramref name="filter"/> (base64, null when empty); returns the new filter.</summary>
    public static string Add(string? filter, IEnumerable<string> digests)
    {
        var bits = filter is null ? new byte[Bytes] : Convert.FromBase64String(filter);
        foreach (var bit in digests.SelectMany(BitsOf))
        {
            bits[bit >> 3] |= (byte)(1 << (bit & 7));
        }

        return Convert.ToBase64String(bits);
    }

    /// <summary>False only when <paramref name="digest"/> was certainly never added.</summary>
    public static bool MayContain(string? filter, string digest)
    {
        if (filter is null)
        {
            return false;
        }

        byte[] bits;
        try
        {
            bits = Convert.FromBase64String(filter);
        }
        catch (FormatException)
        {
            return true;
        }

        return bits.Length != Bytes || BitsOf(digest).All(bit => (bits[bit >> 3] & (1 << (bit & 7))) != 0);
    }

    /// <summary>Whether <paramref name="filter"/> is absent or a filter of the right size (a checkpoint with another is not used).</summary>
    public static bool IsValid(string? filter)
    {
        if (filter is null)
        {
            return true;
        }

        Span<byte> bits = stackalloc byte[Bytes + 3];
        return Convert.TryFromBase64String(filter, bits, out var written) && written == Bytes;
    }

    private static IEnumerable<int> BitsOf(string digest)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(digest));
        for (var i = 0; i < Probes; i++)
        {
            yield return (int)(BitConverter.ToUInt32(hash, i * 4) % (Bytes * 8));
        }
    }
}
