using Cake.Core.IO;

namespace Cake.Tollgate.Tests.Fakes;

/// <summary>A Linux environment with a working directory and the variables a test sets.</summary>
internal sealed class FakeEnvironment : ICakeEnvironment
{
    public Dictionary<string, string> Variables { get; } = new(StringComparer.Ordinal);

    public DirectoryPath WorkingDirectory { get; set; } = new("/work/repo");

    public DirectoryPath ApplicationRoot => new("/cake");

    public DirectoryPath UserHomeDirectory => new("/home/user");

    public ICakePlatform Platform { get; } = new FakePlatform();

    public ICakeRuntime Runtime => throw new NotSupportedException();

    public string? GetEnvironmentVariable(string variable) => Variables.GetValueOrDefault(variable);

    public IDictionary<string, string> GetEnvironmentVariables() => Variables;

    public DirectoryPath GetSpecialPath(SpecialPath path) => throw new NotSupportedException();

    private sealed class FakePlatform : ICakePlatform
    {
        public PlatformFamily Family => PlatformFamily.Linux;

        public bool Is64Bit => true;
    }
}
