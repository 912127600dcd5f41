using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;

namespace Cake.Tollgate.Runner;

/// <summary>
/// Runs the <c>tollgate</c> CLI in its own process: ML.NET and NuGet.Packaging 8 never load into Cake.
/// </summary>
public sealed class TollgateRunner : Tool<TollgateSettings>
{
    private readonly ICakeEnvironment environment;
    private readonly IToolLocator tools;

    /// <summary>Creates the runner from Cake's services.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="environment">The environment.</param>
    /// <param name="processRunner">The process runner.</param>
    /// <param name="tools">The tool locator.</param>
    public TollgateRunner(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
        this.environment = environment;
        this.tools = tools;
    }

    /// <summary>Runs <c>tollgate COMMAND [args]</c>; throws when the CLI exits non-zero (1: a gate failed, 2: bad input).</summary>
    /// <param name="command">Command words, e.g. <c>["promote"]</c> or <c>["ledger", "verify"]</c>.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="arguments">Command-specific arguments.</param>
    public void Run(IEnumerable<string> command, TollgateSettings settings, Action<ProcessArgumentBuilder>? arguments = null)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(settings);
        Run(settings, BuildArguments(command, settings, arguments));
    }

    /// <summary>The full argument list (exposed for tests).</summary>
    /// <param name="command">Command words.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="arguments">Command-specific arguments.</param>
    /// <returns>The arguments.</returns>
    public ProcessArgumentBuilder BuildArguments(IEnumerable<string> command, TollgateSettings settings, Action<ProcessArgumentBuilder>? arguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var builder = new ProcessArgumentBuilder();
        if (settings.CliAssemblyPath is not null)
        {
            settings.ToolPath ??= ResolveDotNet();
            builder.Append("exec").AppendQuoted(settings.CliAssemblyPath.MakeAbsolute(environment).FullPath);
        }

        foreach (var word in command)
        {
            builder.Append(word);
        }

        if (settings.ConfigFile is not null)
        {
            builder.Append("--config").AppendQuoted(settings.ConfigFile.MakeAbsolute(environment).FullPath);
        }

        arguments?.Invoke(builder);
        if (settings.Json)
        {
            builder.Append("--json");
        }

        return builder;
    }

    /// <inheritdoc/>
    protected override string GetToolName() => "tollgate";

    /// <inheritdoc/>
    protected override IEnumerable<string> GetToolExecutableNames() => ["tollgate", "tollgate.exe"];

    private FilePath ResolveDotNet() =>
        environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host
            ? new FilePath(host)
            : tools.Resolve("dotnet") ?? tools.Resolve("dotnet.exe") ?? new FilePath("dotnet");
}
