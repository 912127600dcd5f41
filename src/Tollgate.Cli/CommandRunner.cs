using System.CommandLine;
using Tollgate.Core.Errors;

namespace Tollgate.Cli;

/// <summary>Runs a command body and maps failures to the documented exit codes (0 ok, 1 check failed, 2 usage/input).</summary>
internal static class CommandRunner
{
    public static void SetHandler(this Command command, Func<ParseResult, CancellationToken, Task<int>> body) =>
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                return await body(parse, ct);
            }
            catch (TollgateException ex)
            {
                Console.Error.WriteLine($"error {ex.Code}: {ex.Message}");
                if (ex.Hint is not null)
                {
                    Console.Error.WriteLine($"  fix: {ex.Hint}");
                }

                return ex.ExitCode;
            }
        });

    public static void SetHandler(this Command command, Func<ParseResult, int> body) =>
        command.SetHandler((parse, _) => Task.FromResult(body(parse)));
}
