using System.Runtime.InteropServices;

namespace Tollgate.Core.Util;

/// <summary>
/// The Linux calls .NET does not expose: <c>statx</c> (inode, device and change time, for <see cref="Artifacts.FileIdentity"/>),
/// <c>sync_file_range</c> (start writing a large output to disk while it is still being produced) and <c>fcntl</c>
/// (switch <c>O_DIRECT</c> on an open file, <see cref="DirectIo"/>). Callers check
/// <see cref="OperatingSystem.IsLinux"/> first; elsewhere they fall back to the portable behaviour.
/// </summary>
internal static class NativeMethods
{
    public const int AtFdCwd = -100;
    public const uint StatxBasicStats = 0x7ff;
    public const uint SyncFileRangeWrite = 2;

    /// <summary>Size of <c>struct statx</c> (fixed by the kernel ABI on every architecture).</summary>
    public const int StatxSize = 256;

    [DllImport("libc", SetLastError = true, EntryPoint = "statx")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] buffer);

    [DllImport("libc", SetLastError = true, EntryPoint = "sync_file_range")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int SyncFileRange(IntPtr fd, long offset, long nbytes, uint flags);

    [DllImport("libc", SetLastError = true, EntryPoint = "fcntl")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    public static extern int Fcntl(int fd, int cmd, int arg);
}
