using Tollgate.Core.Gates;

namespace Tollgate.Core.Reports;

/// <summary>
/// Surfaces failing and warning gates natively in CI: GitHub workflow commands when GITHUB_ACTIONS=true,
/// Azure Pipelines logging commands when TF_BUILD=True. Nothing otherwise.
/// </summary>
internal static class CiAnnotations
{
    /// <summary>GitHub shows at most 10 error annotations per step; more would be dropped silently.</summary>
    public const int MaxAnnotations = 10;

    private const int MaxMessageChars = 4_000;

    /// <summary>Failures first, then warnings; past <see cref="MaxAnnotations"/>, the last one counts the rest.</summary>
    public static IEnumerable<string> For(GateReport report, Func<string, string?>? environment = null)
    {
        var env = environment ?? Environment.GetEnvironmentVariable;
        var github = string.Equals(env("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
        var azure = string.Equals(env("TF_BUILD"), "true", StringComparison.OrdinalIgnoreCase);
        var notable = report.Gates.Where(g => g.Verdict != "pass" || g.Warnings.Count > 0).OrderBy(g => g.Verdict == "fail" ? 0 : 1).ToList();
        var shown = notable.Count <= MaxAnnotations ? notable : notable.Take(MaxAnnotations - 1).ToList();
        var annotations = shown.Select(g => (
            Level: g.Verdict == "fail" ? "error" : "warning",
            Title: $"Tollgate {report.Environment}: {g.Name}",
            Text: g.Verdict == "pass" ? string.Join("; ", g.Warnings) : g.Message)).ToList();
        if (shown.Count < notable.Count)
        {
            var rest = notable.Skip(shown.Count).ToList();
            annotations.Add((rest.Any(g => g.Verdict == "fail") ? "error" : "warning", $"Tollgate {report.Environment}: {rest.Count} more",
                $"{rest.Count} more gate(s) failed or warned ({rest.Count(g => g.Verdict == "fail")} failed); see the gate report for all of them."));
        }

        foreach (var (level, title, raw) in annotations)
        {
            var text = raw.Length <= MaxMessageChars ? raw : raw[..MaxMessageChars] + "…";
            if (github)
            {
                yield return $"::{level} title={GitHubProperty(title)}::{GitHubData(text)}";
            }

            if (azure)
            {
                yield return $"##vso[task.logissue type={level}]{AzureData(title + ": " + text)}";
            }
        }
    }

    // Escaping per the GitHub Actions toolkit (command.ts) and Azure Pipelines logging commands.
    private static string GitHubData(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string GitHubProperty(string s) => GitHubData(s).Replace(":", "%3A").Replace(",", "%2C");

    private static string AzureData(string s) => s.Replace("%", "%AZP25").Replace(";", "%3B").Replace("\r", "%0D").Replace("\n", "%0A").Replace("]", "%5D");
}
