using Cake.Core.IO;

namespace Cake.Tollgate.Tests.Fakes;

/// <summary>Records what would run and answers with a canned exit code and stdout (the CLI's JSON document).</summary>
internal sealed class FakeProcessRunner : IProcessRunner
{
    public List<(FilePath Executable, string Arguments, ProcessSettings Settings)> Started { get; } = [];

    /// <summary>Answers in order; the last one repeats.</summary>
    public List<(int ExitCode, string Stdout)> Answers { get; } = [(0, "{\"ok\": true, \"exitCode\": 0}")];

    public string LastArguments => Started[^1].Arguments;

    public FakeProcessRunner Answer(int exitCode, string stdout)
    {
        if (Started.Count == 0 && Answers.Count == 1 && Answers[0].Stdout.Length < 40)
        {
            Answers.Clear();
        }

        Answers.Add((exitCode, stdout));
        return this;
    }

    public IProcess Start(FilePath filePath, ProcessSettings settings)
    {
        Started.Add((filePath, settings.Arguments.Render(), settings));
        var (exit, stdout) = Answers[Math.Min(Started.Count - 1, Answers.Count - 1)];
        return new FakeProcess(exit, stdout.Split('\n'));
    }

    private sealed class FakeProcess(int exitCode, IEnumerable<string> stdout) : IProcess
    {
        public void WaitForExit()
        {
        }

        public bool WaitForExit(int milliseconds) => true;

        public int GetExitCode() => exitCode;

        public IEnumerable<string> GetStandardError() => [];

        public IEnumerable<string> GetStandardOutput() => stdout;

        public void Kill()
        {
        }

        public void Dispose()
        {
        }
    }
}
