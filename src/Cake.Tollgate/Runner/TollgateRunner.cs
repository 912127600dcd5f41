using System.Text.Json;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Tollgate.Runner;

/// <summary>
/// Runs the <c>tollgate</c> CLI in its own process (ML.NET and NuGet.Packaging 8 never load into Cake), always with
/// <c>--json</c>, and reads the one JSON document it writes to stdout into a typed result. Progress (stderr) stays
/// visible in the build log.
/// </summary>
public sealed class TollgateRunner : Tool<TollgateSettings>
{
    private readonly ICakeEnvironment environment;
    private readonly TollgateToolResolver resolver;
    private TollgateInvocation? invocation;

    /// <summary>Creates the runner from Cake's services.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="environment">The environment.</param>
    /// <param name="processRunner">The process runner.</param>
    /// <param name="tools">The tool locator.</param>
    public TollgateRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
        this.environment = environment;
        resolver = new TollgateToolResolver(fileSystem, environment, tools);
    }

    /// <summary>Runs <c>tollgate COMMAND [args] --json</c> and reads its document as <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The result record.</typeparam>
    /// <param name="command">Command words, e.g. <c>["promote"]</c> or <c>["ledger", "verify"]</c>.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="arguments">Command-specific arguments.</param>
    /// <param name="readsConfig">False for commands without <c>--config</c> (tag, parity): <see cref="TollgateSettings.ConfigFile"/> is not passed.</param>
    /// <returns>The result.</returns>
    /// <exception cref="TollgateCommandException">The CLI exited non-zero (1: a check or gate failed, 2: bad input).</exception>
    public T Run<T>(IEnumerable<string> command, TollgateSettings settings, Action<ProcessArgumentBuilder>? arguments = null, bool readsConfig = true)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(settings);
        var words = command.ToList();
        invocation = resolver.Resolve(settings);
        IReadOnlyList<string> stdout = [];
        var exitCode = 0;
        Run(settings, BuildArguments(invocation, words, readsConfig ? settings.ConfigFile : null, arguments), new ProcessSettings { RedirectStandardOutput = true }, process =>
        {
            stdout = process.GetStandardOutput()?.ToList() ?? [];
            exitCode = process.GetExitCode();
        });
        return TollgateOutput.Read<T>(string.Join(' ', words), exitCode, stdout, settings.ThrowOnFailedCheck);
    }

    /// <summary>The full argument list, e.g. <c>exec "/kit/Tollgate.Cli.dll" promote --environment "staging" --json</c>.</summary>
    /// <param name="invocation">How the CLI is started (from <see cref="TollgateToolResolver"/>).</param>
    /// <param name="command">Command words.</param>
    /// <param name="configFile">tollgate.yml to pass as <c>--config</c>, if any.</param>
    /// <param name="arguments">Command-specific arguments.</param>
    /// <returns>The arguments.</returns>
    public ProcessArgumentBuilder BuildArguments(TollgateInvocation invocation, IEnumerable<string> command, FilePath? configFile, Action<ProcessArgumentBuilder>? arguments)
    {
        ArgumentNullException.ThrowIfNull(invocation);
        ArgumentNullException.ThrowIfNull(command);
        var builder = new ProcessArgumentBuilder();
        if (invocation.CliAssembly is not null)
        {
            builder.Append("exec").AppendQuoted(invocation.CliAssembly.FullPath);
        }
        else if (invocation.ViaToolManifest)
        {
            builder.Append("tool").Append("run").Append("tollgate");
        }

        foreach (var word in command)
        {
            builder.Append(word);
        }

        if (configFile is not null)
        {
            builder.Append("--config").AppendQuoted(configFile.MakeAbsolute(environment).FullPath);
        }

        arguments?.Invoke(builder);
        builder.Append("--json");
        return builder;
    }

    /// <inheritdoc/>
    protected override string GetToolName() => "tollgate";

    /// <inheritdoc/>
    protected override IEnumerable<string> GetToolExecutableNames() => ["tollgate", "tollgate.exe"];

    /// <summary>No names to search: the resolver already decided (see <see cref="GetAlternativeToolPaths"/>).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>Nothing.</returns>
    protected override IEnumerable<string> GetToolExecutableNames(TollgateSettings settings) => [];

    /// <summary>The program <see cref="TollgateToolResolver"/> chose (#tool, tool manifest, PATH or settings).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>That one path.</returns>
    protected override IEnumerable<FilePath> GetAlternativeToolPaths(TollgateSettings settings) => [(invocation ?? resolver.Resolve(settings)).Executable];

    /// <summary>Exit codes are read together with the JSON document (see <see cref="TollgateOutput"/>), not here.</summary>
    /// <param name="exitCode">The exit code.</param>
    protected override void ProcessExitCode(int exitCode)
    {
    }
}
