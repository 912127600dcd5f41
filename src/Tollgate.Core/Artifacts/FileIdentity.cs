using System.Buffers.Binary;
using Tollgate.Core.Util;

namespace Tollgate.Core.Artifacts;

/// <summary>
/// What the file system says about a file without reading it: device, inode, size, modification and change time
/// (nanoseconds). The change time (ctime) is set by the kernel on every write, truncate, rename-over or metadata
/// change and cannot be set back by <c>touch</c>/<c>utimes</c>, so a file edited in place with its mtime restored
/// still gets a new identity. Linux only (statx); elsewhere <see cref="Of"/> returns null and callers re-hash.
/// </summary>
internal sealed record FileIdentity(ulong Device, ulong Inode, long Size, long ModifiedNs, long ChangedNs)
{
    /// <summary>The identity of <paramref name="path"/> (symbolic links followed), or null where it cannot be read.</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        var buffer = new byte[NativeMethods.StatxSize];
        if (NativeMethods.Statx(NativeMethods.AtFdCwd, Path.GetFullPath(path), 0, NativeMethods.StatxBasicStats, buffer) != 0)
        {
            return null;
        }

        // Offsets of struct statx (linux/stat.h): ino 32, size 40, ctime 96, mtime 112, dev_major 136, dev_minor 140.
        var span = buffer.AsSpan();
        return new FileIdentity(
            ((ulong)BinaryPrimitives.ReadUInt32LittleEndian(span[136..]) << 32) | BinaryPrimitives.ReadUInt32LittleEndian(span[140..]),
            BinaryPrimitives.ReadUInt64LittleEndian(span[32..]),
            BinaryPrimitives.ReadInt64LittleEndian(span[40..]),
            Nanoseconds(span[112..]),
            Nanoseconds(span[96..]));
    }

    private static long Nanoseconds(ReadOnlySpan<byte> timestamp) =>
        (BinaryPrimitives.ReadInt64LittleEndian(timestamp) * 1_000_000_000L) + BinaryPrimitives.ReadUInt32LittleEndian(timestamp[8..]);
}
