using System.CommandLine;
using Tollgate.Core.Errors;

namespace Tollgate.Cli;

/// <summary>
/// Runs a command body and maps every failure to the documented exit codes (0 ok, 1 check failed, 2 usage/input):
/// the one top-level handler, so no stack trace reaches a user unless they pass <c>--verbose</c>.
/// </summary>
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
            catch (Exception ex)
            {
                return ErrorOutput.Report(parse, UnexpectedFailures.ToTollgate(ex), ex);
            }
        });

    public static void SetHandler(this Command command, Func<ParseResult, int> body) =>
        command.SetHandler((parse, _) => Task.FromResult(body(parse)));
}
