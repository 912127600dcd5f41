using System.CommandLine;
using System.Text.Json;
using Tollgate.Core.Errors;
using Tollgate.Core.Util;

namespace Tollgate.Cli;

/// <summary>
/// How a failure is shown. Text goes to stderr in the canonical MSBuild/VS form
/// (<c>file(line,col): error TOLLGATE0002: message</c>) so MSBuild, IDEs and CI logs parse it natively;
/// with <c>--json</c> stdout also carries exactly one document: <c>{"ok":false,"exitCode":2,"error":{…}}</c>.
/// A stack trace is printed only with <c>--verbose</c>; secrets are masked by the console writers (see CliApp).
/// </summary>
internal static class ErrorOutput
{
    public static int Report(ParseResult parse, TollgateException ex, Exception? unexpected = null, object? completed = null) =>
        Report(parse.Tokens.Select(t => t.Value), ex, unexpected, completed);

    /// <param name="args">The command line (for --json and --verbose).</param>
    /// <param name="ex">The failure.</param>
    /// <param name="unexpected">The original exception of an unexpected failure.</param>
    /// <param name="completed">What a multi-step command finished before failing (<c>tollgate pipeline</c>), kept in the document.</param>
    public static int Report(IEnumerable<string> args, TollgateException ex, Exception? unexpected = null, object? completed = null)
    {
        var tokens = args.ToList();
        var location = ex.Location.Length == 0 ? "" : ex.Location + ": ";
        var message = ex.File is not null && ex.Message.StartsWith(ex.Location + ": ", StringComparison.Ordinal)
            ? ex.Message[(ex.Location.Length + 2)..]
            : ex.Message;
        Console.Error.WriteLine($"{location}error {ex.Code}: {message}");
        if (ex.Hint is not null)
        {
            Console.Error.WriteLine($"  fix: {ex.Hint}");
        }

        if (tokens.Contains("--verbose") && (unexpected ?? ex.InnerException) is { } cause)
        {
            Console.Error.WriteLine(cause.ToString());
        }

        if (tokens.Contains("--json"))
        {
            var error = new ErrorDocument(ex.Code, SecretMasker.Mask(message), ex.Hint is null ? null : SecretMasker.Mask(ex.Hint), ex.File, ex.Line, ex.Column);
            var gates = ex as CheckFailedException;
            Console.Out.WriteLine(JsonSerializer.Serialize(new ErrorResult(false, ex.ExitCode, error, gates?.Verdict, gates?.ReportPath, completed), JsonDefaults.Indented));
        }

        return ex.ExitCode;
    }

    /// <summary>A failed gate also names its verdict and the report with the evidence.</summary>
    private sealed record ErrorResult(bool Ok, int ExitCode, ErrorDocument Error, string? Verdict = null, string? Report = null, object? Completed = null);

    private sealed record ErrorDocument(string Code, string Message, string? Fix, string? File, int? Line, int? Column);
}
