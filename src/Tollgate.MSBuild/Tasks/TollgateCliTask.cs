using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using Tollgate.Core.Errors;

namespace Tollgate.MSBuild.Tasks;

/// <summary>
/// Runs one command of the tollgate CLI shipped in the package (<c>dotnet exec Tollgate.Cli.dll …</c>), out of
/// process, so ML.NET and the statistics stack never load into MSBuild. The CLI's canonical diagnostics
/// (<c>file(line,col): error TOLLGATE####: …</c>) become MSBuild errors and warnings; its progress lines are
/// messages of normal importance (shown with <c>-v:n</c>); its result lines are of high importance.
/// </summary>
public abstract class TollgateCliTask : ToolTask
{
    private CliOutputParser? parser;

    /// <summary>Path to <c>Tollgate.Cli.dll</c> (the package's <c>tools/cli/</c> by default).</summary>
    [Required]
    public string CliPath { get; set; } = "";

    /// <summary>tollgate.yml to use; empty: the CLI searches upward from <see cref="ProjectDirectory"/>.</summary>
    public string? ConfigFile { get; set; }

    /// <summary>The running SDK's dotnet host (<c>$(DOTNET_HOST_PATH)</c>); empty: <c>dotnet</c> from PATH.</summary>
    public string? DotNetHostPath { get; set; }

    /// <summary>Working directory of the CLI: where the search for tollgate.yml starts.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>The CLI command, e.g. <c>train</c>.</summary>
    protected abstract string CommandName { get; }

    /// <inheritdoc />
    protected override string ToolName => DotNetHost.ExecutableName;

    /// <inheritdoc />
    protected override MessageImportance StandardOutputLoggingImportance => MessageImportance.High;

    /// <inheritdoc />
    protected override MessageImportance StandardErrorLoggingImportance => MessageImportance.Normal;

    /// <summary>The command line as the CLI receives it (for tests and logs).</summary>
    internal string CommandLine => GenerateCommandLineCommands();

    /// <summary>Adds the command's own arguments after the command name.</summary>
    protected abstract void AppendArguments(CommandLineBuilder builder);

    /// <inheritdoc />
    protected override string GenerateFullPathToTool() => DotNetHost.Resolve(DotNetHostPath);

    /// <inheritdoc />
    protected override string? GetWorkingDirectory() => string.IsNullOrEmpty(ProjectDirectory) ? null : ProjectDirectory;

    /// <inheritdoc />
    protected override string GenerateCommandLineCommands()
    {
        var builder = new CommandLineBuilder(quoteHyphensOnCommandLine: false, useNewLineSeparator: false);
        builder.AppendSwitch("exec");
        builder.AppendFileNameIfNotNull(CliPath);
        builder.AppendSwitch(CommandName);
        AppendArguments(builder);
        if (!string.IsNullOrEmpty(ConfigFile))
        {
            builder.AppendSwitchIfNotNull("--config ", Path.GetFullPath(Path.Combine(ProjectDirectory ?? "", ConfigFile)));
        }

        return builder.ToString();
    }

    /// <inheritdoc />
    protected override bool ValidateParameters()
    {
        if (!File.Exists(CliPath))
        {
            Log.LogError(null, ErrorCodes.CliNotFound, null, null, 0, 0, 0, 0,
                $"The tollgate CLI was not found at '{CliPath}'. Restore the Tollgate.MSBuild package again, or set TollgateCliPath to a Tollgate.Cli.dll.");
            return false;
        }

        return base.ValidateParameters();
    }

    /// <inheritdoc />
    protected override int ExecuteTool(string pathToTool, string responseFileCommands, string commandLineCommands)
    {
        parser = new CliOutputParser(Log);
        Log.LogMessage(MessageImportance.Low, "Tollgate: running {0} {1}", pathToTool, commandLineCommands);
        var exitCode = base.ExecuteTool(pathToTool, responseFileCommands, commandLineCommands);
        parser.Flush();
        return exitCode;
    }

    /// <inheritdoc />
    protected override void LogEventsFromTextOutput(string singleLine, MessageImportance messageImportance) =>
        (parser ??= new CliOutputParser(Log)).Add(singleLine, messageImportance);

    /// <inheritdoc />
    protected override bool HandleTaskExecutionErrors()
    {
        if (!Log.HasLoggedErrors)
        {
            // The CLI reports every failure with a code; this only shows when it crashed or was killed.
            Log.LogError(null, ErrorCodes.CliFailedSilently, null, null, 0, 0, 0, 0,
                $"tollgate {CommandName} exited with code {ExitCode} without reporting an error. Run the build with -v:n to see the CLI's output.");
        }

        return false;
    }
}
