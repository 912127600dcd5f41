using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Tollgate.Tests.Fakes;

/// <summary>Cake's tool locator as scripts see it: tools registered by #tool, else what PATH has (like Cake's own strategy).</summary>
internal sealed class FakeToolLocator(FakeFileSystem fileSystem, FakeEnvironment environment) : IToolLocator
{
    private readonly List<FilePath> registered = [];

    public void RegisterFile(FilePath path) => registered.Add(path);

    public void ForgetRegistrations() => registered.Clear();

    public FilePath? Resolve(string tool) =>
        registered.FirstOrDefault(p => p.GetFilename().FullPath == tool)
        ?? (environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => new DirectoryPath(d).CombineWithFilePath(tool))
            .FirstOrDefault(p => fileSystem.Files.ContainsKey(p.FullPath));

    public FilePath? Resolve(IEnumerable<string> toolExeNames) => toolExeNames.Select(Resolve).FirstOrDefault(p => p is not null);
}
