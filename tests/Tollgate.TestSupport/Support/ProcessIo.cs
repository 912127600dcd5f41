namespace Tollgate.Core.Tests.Support;

/// <summary>
/// Bytes this process passed to read and write system calls (<c>rchar</c>/<c>wchar</c> of <c>/proc/self/io</c>, Linux),
/// page cache hits included: how a test proves how many times a file's bytes were read or written, without a hook.
/// </summary>
public readonly record struct ProcessIo(long ReadBytes, long WrittenBytes)
{
    public static ProcessIo Now()
    {
        Assume.That(OperatingSystem.IsLinux(), "counts bytes through /proc/self/io (Linux)");
        var fields = File.ReadAllLines("/proc/self/io").Select(l => l.Split(':')).ToDictionary(p => p[0], p => long.Parse(p[1].Trim(), System.Globalization.CultureInfo.InvariantCulture));
        return new ProcessIo(fields["rchar"], fields["wchar"]);
    }

    public static ProcessIo operator -(ProcessIo after, ProcessIo before) => new(after.ReadBytes - before.ReadBytes, after.WrittenBytes - before.WrittenBytes);
}
