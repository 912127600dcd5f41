using Tollgate.Core.Tests.Support;

namespace Tollgate.Core.Tests.Data;

/// <summary>The data tests' name for a <see cref="TempDir"/> (kept so their many <c>files.Write</c> calls read as before).</summary>
internal sealed class TempFiles : IDisposable
{
    private readonly TempDir dir = new();

    public string Folder => dir.Path;

    public string Write(string name, string content) => dir.File(name, content);

    public void Dispose() => dir.Dispose();
}
