using System.CommandLine;
using System.Text.Json;
using Tollgate.Core.Errors;
using Tollgate.Core.Util;

namespace Tollgate.Cli;

/// <summary>
/// How a failure is shown. Text goes to stderr in the canonical MSBuild/VS form
/// (<c>file(line,col): error TOLLGATE0002: message</c>) so MSBuild, IDEs and CI logs parse it natively;
/// with <c>--json</c> stdout also carries exactly one document: <c>{"ok":false,"exitCode":2,"error":{…}}</c>.
/// </summary>
internal static class ErrorOutput
{
    public static int Report(ParseResult parse, TollgateException ex)
    {
        var location = ex.Location.Length == 0 ? "" : ex.Location + ": ";
        var message = ex.File is not null && ex.Message.StartsWith(ex.Location + ": ", StringComparison.Ordinal)
            ? ex.Message[(ex.Location.Length + 2)..]
            : ex.Message;
        Console.Error.WriteLine($"{location}error {ex.Code}: {message}");
        if (ex.Hint is not null)
        {
            Console.Error.WriteLine($"  fix: {ex.Hint}");
        }

        if (WantsJson(parse))
        {
            var error = new ErrorDocument(ex.Code, message, ex.Hint, ex.File, ex.Line, ex.Column);
            var gates = ex as CheckFailedException;
            Console.Out.WriteLine(JsonSerializer.Serialize(new ErrorResult(false, ex.ExitCode, error, gates?.Verdict, gates?.ReportPath), JsonDefaults.Indented));
        }

        return ex.ExitCode;
    }

    /// <summary>Command-line usage errors (unknown option, missing value): exit 2, and under --json still one document.</summary>
    public static int ReportUsage(IReadOnlyList<string> messages, IEnumerable<string> args, TextWriter stderr)
    {
        const string fix = "run 'tollgate --help' or 'tollgate COMMAND --help' for the accepted options.";
        foreach (var message in messages)
        {
            stderr.WriteLine($"error {ErrorCodes.Usage}: {message}");
        }

        stderr.WriteLine($"  fix: {fix}");
        if (args.Contains("--json"))
        {
            var error = new ErrorDocument(ErrorCodes.Usage, string.Join(" ", messages), fix, null, null, null);
            Console.Out.WriteLine(JsonSerializer.Serialize(new ErrorResult(false, 2, error), JsonDefaults.Indented));
        }

        return 2;
    }

    private static bool WantsJson(ParseResult parse) => parse.Tokens.Any(t => t.Value == "--json");

    /// <summary>A failed gate also names its verdict and the report with the evidence.</summary>
    private sealed record ErrorResult(bool Ok, int ExitCode, ErrorDocument Error, string? Verdict = null, string? Report = null);

    private sealed record ErrorDocument(string Code, string Message, string? Fix, string? File, int? Line, int? Column);
}
