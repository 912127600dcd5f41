using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Tollgate.MSBuild.Tasks;

/// <summary>
/// Turns the CLI's output into MSBuild events. A canonical diagnostic
/// (<c>file(line,col): error TOLLGATE0002: message</c>) is held until the next line, because the CLI prints
/// its remedy on the following <c>  fix: …</c> line, and one MSBuild error should carry both.
/// </summary>
internal sealed class CliOutputParser(TaskLoggingHelper log)
{
    private static readonly Regex Canonical = new(
        @"^(?:(?<file>.+?)(?:\((?<line>\d+)(?:,(?<column>\d+))?\))?: )?(?<category>error|warning) (?<code>TOLLGATE\d{4}): (?<text>.*)$",
        RegexOptions.CultureInvariant);

    private Diagnostic? pending;

    public void Add(string line, MessageImportance importance)
    {
        var trimmed = line.TrimStart();
        if (pending is not null && trimmed.StartsWith("fix:", System.StringComparison.Ordinal))
        {
            pending = pending with { Text = pending.Text + " Fix: " + trimmed.Substring(4).Trim() };
            Flush();
            return;
        }

        Flush();
        var match = Canonical.Match(line);
        if (!match.Success)
        {
            log.LogMessage(importance, line);
            return;
        }

        pending = new Diagnostic(
            match.Groups["category"].Value == "error",
            match.Groups["code"].Value,
            match.Groups["file"].Success ? match.Groups["file"].Value : null,
            Number(match.Groups["line"]),
            Number(match.Groups["column"]),
            match.Groups["text"].Value);
    }

    public void Flush()
    {
        if (pending is not { } d)
        {
            return;
        }

        pending = null;
        if (d.IsError)
        {
            log.LogError(null, d.Code, null, null, d.File, d.Line, d.Column, 0, 0, d.Text);
        }
        else
        {
            log.LogWarning(null, d.Code, null, null, d.File, d.Line, d.Column, 0, 0, d.Text);
        }
    }

    private static int Number(Group group) => group.Success ? int.Parse(group.Value, System.Globalization.CultureInfo.InvariantCulture) : 0;

    private sealed record Diagnostic(bool IsError, string Code, string? File, int Line, int Column, string Text);
}
