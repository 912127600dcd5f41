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

    /// <summary>Loads the config and creates its backend, and says which backend is in use (stderr, so --json stays clean).</summary>
    public static CliContext Load(ParseResult parse, Option<string?> configOption)
    {
        var context = new CliContext(ConfigLoader.Load(parse.GetValue(configOption)));
        Progress.Report($"Tollgate: {BackendDescription.Of(context.Backend)}");
        return context;
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
