using System.CommandLine;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>Runs the real command tree in-process and captures stdout and stderr.</summary>
internal static class CliHarness
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<(int Code, string Stdout, string Stderr)> RunAsync(params string[] args)
    {
        await Gate.WaitAsync();
        var (oldOut, oldErr) = (Console.Out, Console.Error);
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        try
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            var root = new RootCommand("tollgate");
            foreach (var command in CommandCatalog.Create())
            {
                root.Add(command);
            }

            var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
            return (code, stdout.ToString(), stderr.ToString());
        }
        finally
        {
            Console.SetOut(oldOut);
            Console.SetError(oldErr);
            Gate.Release();
        }
    }
}
