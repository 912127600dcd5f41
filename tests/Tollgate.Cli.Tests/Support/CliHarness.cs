using System.CommandLine;

namespace Tollgate.Cli.Tests.Support;

/// <summary>Runs the real command tree in-process and captures stdout/stderr.</summary>
internal static class CliHarness
{
    private static readonly Lock Gate = new();

    public static (int ExitCode, string Out, string Err) Run(params string[] args)
    {
        lock (Gate)
        {
            var (oldOut, oldErr) = (Console.Out, Console.Error);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var exit = CliApp.RunAsync(args, new InvocationConfiguration { Output = stdout, Error = stderr }).GetAwaiter().GetResult();
                return (exit, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldErr);
            }
        }
    }
}
