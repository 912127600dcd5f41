using System.CommandLine;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>Runs the real root command in-process and captures stdout, stderr and the exit code.</summary>
internal static class StatCliHarness
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    public static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        await Gate.WaitAsync();
        var stdout = Console.Out;
        var stderr = Console.Error;
        try
        {
            using var o = new StringWriter();
            using var e = new StringWriter();
            Console.SetOut(o);
            Console.SetError(e);
            var root = new RootCommand("test");
            foreach (var command in CommandCatalog.Create())
            {
                root.Add(command);
            }

            var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = o, Error = e });
            return (exit, o.ToString(), e.ToString());
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
            Gate.Release();
        }
    }
}
