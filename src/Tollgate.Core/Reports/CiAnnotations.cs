using Tollgate.Core.Gates;

namespace Tollgate.Core.Reports;

/// <summary>
/// Surfaces failing and warning gates natively in CI: GitHub workflow commands when GITHUB_ACTIONS=true,
/// Azure Pipelines logging commands when TF_BUILD=True. Nothing otherwise.
/// </summary>
public static class CiAnnotations
{
    public static IEnumerable<string> For(GateReport report, Func<string, string?>? environment = null)
    {
        var env = environment ?? Environment.GetEnvironmentVariable;
        var github = string.Equals(env("GITHUB_ACTIONS"), "true", StringComparison.OrdinalIgnoreCase);
        var azure = string.Equals(env("TF_BUILD"), "true", StringComparison.OrdinalIgnoreCase);
        foreach (var g in report.Gates.Where(g => g.Verdict != "pass" || g.Warnings.Count > 0))
        {
            var level = g.Verdict == "fail" ? "error" : "warning";
            var text = g.Verdict == "pass" ? string.Join("; ", g.Warnings) : g.Message;
            var title = $"Tollgate {report.Environment}: {g.Name}";
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
