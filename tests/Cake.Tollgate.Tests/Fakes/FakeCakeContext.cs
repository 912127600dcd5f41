using Cake.Core.Configuration;
using Cake.Core.Diagnostics;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Tollgate.Tests.Fakes;

/// <summary>The context an alias sees: file system, environment, process runner, tools and log; the rest is unused.</summary>
internal sealed class FakeCakeContext : ICakeContext
{
    public FakeCakeContext()
    {
        Tools = new FakeToolLocator(FileSystem, Environment);
        // The CLI as most scripts have it: installed by #tool.
        FileSystem.WithFile("/cake/tools/tollgate");
        Tools.RegisterFile(new FilePath("/cake/tools/tollgate"));
    }

    public FakeFileSystem FileSystem { get; } = new();

    public FakeEnvironment Environment { get; } = new();

    public FakeProcessRunner ProcessRunner { get; } = new();

    public FakeToolLocator Tools { get; }

    public FakeLog Log { get; } = new();

    IFileSystem ICakeContext.FileSystem => FileSystem;

    ICakeEnvironment ICakeContext.Environment => Environment;

    IProcessRunner ICakeContext.ProcessRunner => ProcessRunner;

    IToolLocator ICakeContext.Tools => Tools;

    ICakeLog ICakeContext.Log => Log;

    public IGlobber Globber => throw new NotSupportedException();

    public ICakeArguments Arguments => throw new NotSupportedException();

    public IRegistry Registry => throw new NotSupportedException();

    public ICakeDataResolver Data => throw new NotSupportedException();

    public ICakeConfiguration Configuration => throw new NotSupportedException();
}
