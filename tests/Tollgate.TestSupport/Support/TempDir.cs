using Tollgate.TestSupport;

namespace Tollgate.Core.Tests.Support;

/// <summary>A temp folder under this test process's <see cref="TestTemp.Root"/>, deleted at dispose (and with the root at exit).</summary>
public sealed class TempDir : IDisposable
{
    public TempDir() => Path = TestTemp.NewFolder("dir");

    public string Path { get; }

    public string File(string relative, string content)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        System.IO.File.WriteAllText(full, content);
        return full;
    }

    public void Dispose() => TestTemp.TryDelete(Path);
}
