namespace Tollgate.Cli.Tests.Commands;

/// <summary>Async face of <see cref="CliHarness"/> for the statistics command tests.</summary>
internal static class StatCliHarness
{
    public static Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        var (exit, output, error) = CliHarness.Run(args);
        return Task.FromResult((exit, output, error));
    }
}
