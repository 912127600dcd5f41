using System.Text.Json;
using Tollgate.Core.Gates;
using Tollgate.Core.Util;

namespace Tollgate.Core.Reports;

/// <summary>Writes every report format for a gate report into one folder; appends Markdown to $GITHUB_STEP_SUMMARY.</summary>
internal static class ReportWriter
{
    public sealed record Written(string Json, string JsonDigest, string Markdown, string JUnit, string Html);

    public static Written Write(string reportsDir, GateReport report, Func<string, string?>? environment = null)
    {
        var env = environment ?? Environment.GetEnvironmentVariable;
        var dir = Path.Combine(reportsDir, report.Environment);
        // Gate messages can quote command output or server answers: mask secrets before anything is written.
        var json = SecretMasker.Mask(JsonSerializer.Serialize(report, JsonDefaults.Indented) + "\n");
        var markdown = SecretMasker.Mask(MarkdownReport.Render(report));
        var paths = new Written(
            Path.Combine(dir, "gate-report.json"),
            Hashing.Digest(Hashing.Sha256Hex(json)),
            Path.Combine(dir, "gate-report.md"),
            Path.Combine(dir, "gate-report.junit.xml"),
            Path.Combine(dir, "gate-report.html"));
        AtomicFile.WriteAllText(paths.Json, json);
        AtomicFile.WriteAllText(paths.Markdown, markdown);
        AtomicFile.WriteAllText(paths.JUnit, SecretMasker.Mask(JUnitReport.Render(report)));
        AtomicFile.WriteAllText(paths.Html, SecretMasker.Mask(HtmlReport.Render(report)));
        if (env("GITHUB_STEP_SUMMARY") is { Length: > 0 } summary)
        {
            File.AppendAllText(summary, SecretMasker.Mask(StepSummary.Render(report, paths.Markdown)));
        }

        return paths;
    }

    /// <summary>
    /// Removes the report files of a previous run for <paramref name="environment"/> (only the files Tollgate
    /// names itself), so a run that fails before writing its own never leaves an older verdict looking like its own.
    /// </summary>
    public static void Retract(string reportsDir, string environment)
    {
        // The seal goes first: without it no report is reused, even if a deletion below is interrupted.
        foreach (var name in new[] { ReusedReport.FileName, "gate-report.json", "gate-report.md", "gate-report.junit.xml", "gate-report.html" })
        {
            var path = Path.Combine(reportsDir, environment, name);
            if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
