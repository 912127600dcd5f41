using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Tollgate.Core.Util;

/// <summary>Switches <c>O_DIRECT</c> on and off on an open file (Linux <c>fcntl(F_SETFL)</c>; the flag's value depends on the architecture).</summary>
internal static class DirectIo
{
    private const int GetFlags = 3;
    private const int SetFlags = 4;

    private static int Flag => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x4000,
        Architecture.Arm64 or Architecture.Arm => 0x10000,
        _ => 0,
    };

    /// <summary>True when the file now bypasses the page cache; false (nothing changed) where that is not possible.</summary>
    public static bool TryEnable(SafeFileHandle handle)
    {
        if (!OperatingSystem.IsLinux() || Flag == 0)
        {
            return false;
        }

        var fd = (int)handle.DangerousGetHandle();
        var flags = NativeMethods.Fcntl(fd, GetFlags, 0);
        return flags >= 0 && NativeMethods.Fcntl(fd, SetFlags, flags | Flag) == 0;
    }

    /// <summary>Back to the page cache (unaligned writes allowed again).</summary>
    public static void Disable(SafeFileHandle handle)
    {
        var fd = (int)handle.DangerousGetHandle();
        var flags = NativeMethods.Fcntl(fd, GetFlags, 0);
        if (flags < 0 || ((flags & Flag) != 0 && NativeMethods.Fcntl(fd, SetFlags, flags & ~Flag) != 0))
        {
            throw new IOException($"Could not switch O_DIRECT off (errno {Marshal.GetLastPInvokeError()}).");
        }
    }
}
