using System.CommandLine;
using System.Text.Json;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Util;

namespace Tollgate.Cli;

/// <summary>What every command needs: the loaded config, the backend, and output helpers.</summary>
internal sealed class CliContext(TollgateConfig config)
{
    public TollgateConfig Config { get; } = config;

    public IEnvironmentBackend Backend { get; } = BackendFactory.Create(config);

    public static CliContext Load(ParseResult parse, Option<string?> configOption)
    {
        var config = ConfigLoader.Load(parse.GetValue(configOption));
        // Every run first removes what killed runs left in the project's temp folder (see ScratchFiles).
        ScratchFiles.CleanDeadRuns(config.Resolve("."));
        return new(config);
    }

    public string ArtifactDir(string? option) => option is null ? Config.Resolve(Config.Model.Output) : Path.GetFullPath(option);

    /// <summary>Progress lines go to stderr so --json stdout stays machine-readable.</summary>
    public static IProgress<string> Progress { get; } = new SyncProgress(line => Console.Error.WriteLine(line));

    public static void WriteJson<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, JsonDefaults.Indented));

    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
