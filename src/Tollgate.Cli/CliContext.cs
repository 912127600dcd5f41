using System.CommandLine;
using Tollgate.Core.Util;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;

namespace Tollgate.Cli;

/// <summary>What every command needs: the loaded config, the backend, and output helpers.</summary>
internal sealed class CliContext(TollgateConfig config)
{
    public TollgateConfig Config { get; } = config;

    public IEnvironmentBackend Backend { get; } = BackendFactory.Create(config);

    /// <summary>Loads the config and creates its backend, and says which backend is in use (stderr, so --json stays clean).</summary>
    public static CliContext Load(ParseResult parse, Option<string?> configOption)
    {
        var config = ConfigLoader.Load(parse.GetValue(configOption));
        // Every run first removes what killed runs left in the project's temp folder (see ScratchFiles).
        Core.Util.ScratchFiles.CleanDeadRuns(config.Resolve("."));
        var context = new CliContext(config);
        Progress.Report($"Tollgate: {BackendDescription.Of(context.Backend)}");
        return context;
    }

    public string ArtifactDir(string? option) => option is null ? Config.Resolve(Config.Model.Output) : Path.GetFullPath(option);

    /// <summary>Progress lines go to stderr so --json stdout stays machine-readable.</summary>
    public static IProgress<string> Progress { get; } = new SyncProgress(line => Console.Error.WriteLine(line));

    /// <summary>The log Core services report through; <paramref name="json"/> keeps CI annotations off stdout.</summary>
    public static CliLog Log(bool json) => new(json);

    /// <summary>The success document under --json (<c>"ok": true</c>); see <see cref="JsonOutput"/>.</summary>
    public static void WriteJson<T>(T value) => JsonOutput.Write(value);

    private sealed class SyncProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
