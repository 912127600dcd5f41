using System.Buffers;
using System.Security.Cryptography;
using Tollgate.Core.Util;

namespace Tollgate.Core.Oci;

/// <summary>Streams a blob while hashing it: no whole-file buffers, and a mismatch is caught before the copy is used.</summary>
internal static class BlobCopy
{
    private const int BufferSize = 1 << 20;

    /// <summary>Copies and verifies size and digest; <paramref name="name"/> is the file named in a mismatch error.</summary>
    public static async Task CopyVerifiedAsync(Stream source, Stream destination, OciDescriptor expected, string name, CancellationToken cancellationToken)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(BufferSize);
        long total = 0;
        try
        {
            int read;
            while ((read = await source.ReadAsync(buffer.AsMemory(0, BufferSize), cancellationToken)) > 0)
            {
                total += read;
                if (total > expected.Size)
                {
                    throw Mismatch(name, expected, $"more than the {expected.Size} bytes declared");
                }

                hash.AppendData(buffer, 0, read);
                await destination.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        if (total != expected.Size)
        {
            throw Mismatch(name, expected, $"{total} bytes, {expected.Size} declared");
        }

        var actual = Hashing.Digest(Convert.ToHexStringLower(hash.GetHashAndReset()));
        if (actual != expected.Digest)
        {
            throw Mismatch(name, expected, $"content is {actual}");
        }
    }

    private static TollgateException Mismatch(string name, OciDescriptor expected, string detail) =>
        new(ErrorCodes.DigestMismatch, $"Digest mismatch for '{name}': expected {expected.Digest}, {detail}.", "The blob was tampered with or corrupted; re-push the artifact from a trusted copy.");
}
