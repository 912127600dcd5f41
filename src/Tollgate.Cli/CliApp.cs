using System.CommandLine;
using Tollgate.Core.Errors;

namespace Tollgate.Cli;

/// <summary>The command tree and the documented exit codes, shared by Program and the tests.</summary>
internal static class CliApp
{
    /// <summary>Shows the stack trace of unexpected failures (for bug reports); without it users see a coded message only.</summary>
    public static Option<bool> Verbose { get; } = new("--verbose") { Description = "Show stack traces of unexpected failures.", Recursive = true };

    /// <param name="args">The command line to build for: when its first word names a command, only that command is
    /// created (start-up time; the others cannot be reached from it); null builds them all.</param>
    public static RootCommand Build(IReadOnlyList<string>? args = null)
    {
        var root = new RootCommand("tollgate: retrain, gate, package and promote ML models through environments.") { Verbose };
        foreach (var command in args is null ? CommandCatalog.Create() : CommandCatalog.For(args))
        {
            root.Add(command);
        }

        return root;
    }

    /// <summary>
    /// Runs the tool; usage errors (unknown option, missing value) exit 2 like every other input error.
    /// Everything printed, by Tollgate or a library, goes through the secret mask.
    /// </summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var stdout = new MaskingTextWriter(configuration?.Output ?? oldOut);
        var stderr = new MaskingTextWriter(configuration?.Error ?? oldErr);
        Console.SetOut(stdout);
        Console.SetError(stderr);
        try
        {
            var masked = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
            return await RunMaskedAsync(args, masked);
        }
        catch (Exception ex)
        {
            // A failure outside any command body (parsing, the runtime): still no stack trace, still a code.
            return ErrorOutput.Report(args, UnexpectedFailures.ToTollgate(ex), ex);
        }
        finally
        {
            stdout.Flush();
            stderr.Flush();
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
        }
    }

    private static async Task<int> RunMaskedAsync(string[] args, InvocationConfiguration configuration)
    {
        var root = Build(args);
        StartupTrace.Mark("command tree built");
        var parse = root.Parse(args);
        StartupTrace.Mark("parsed");
        if (parse.Errors.Count > 0)
        {
            var usage = new TollgateException(
                ErrorCodes.Usage,
                string.Join(Environment.NewLine + "error " + ErrorCodes.Usage + ": ", parse.Errors.Select(e => e.Message)),
                "run 'tollgate --help' or 'tollgate COMMAND --help' for the accepted options.");
            return ErrorOutput.Report(args, usage);
        }

        return await parse.InvokeAsync(configuration);
    }
}
