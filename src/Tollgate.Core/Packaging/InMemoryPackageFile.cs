using System.Runtime.Versioning;
using System.Text;
using NuGet.Frameworks;
using NuGet.Packaging;

namespace Tollgate.Core.Packaging;

/// <summary>A generated text file (e.g. the README rendered from the model card) inside a package.</summary>
internal sealed class InMemoryPackageFile(string path, string content) : IPackageFile
{
    private readonly byte[] bytes = Encoding.UTF8.GetBytes(content);

    public string Path => path;
    public string EffectivePath => path;
    public FrameworkName? TargetFramework => null;
    public NuGetFramework NuGetFramework => NuGetFramework.AnyFramework;
    public DateTimeOffset LastWriteTime => new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public Stream GetStream() => new MemoryStream(bytes, writable: false);
}
