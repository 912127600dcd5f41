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
                return ErrorOutput.Report(parse, ex);
            }
        });

    public static void SetHandler(this Command command, Func<ParseResult, int> body) =>
        command.SetHandler((parse, _) => Task.FromResult(body(parse)));
}
