using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tollgate.Core.Config;
using Tollgate.Core.Gates;
using Tollgate.Core.Reports;
using Tollgate.Core.Util;

namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>
/// The canary judge's evidence as a gate report with one <c>canary</c> gate, written (atomically) as
/// <c>&lt;reports&gt;/&lt;environment&gt;/canary-report.json|md|html</c> beside the gate report of the promotion; the gate
/// report itself is left as recorded with the deployment.
/// </summary>
internal static class CanaryReport
{
    public static string HtmlPath(TollgateConfig config, string environment) => Path.Combine(config.Resolve(config.Reports), environment, "canary-report.html");

    public static void Write(TollgateConfig config, string environment, DeploymentRecord deployment, DeploymentRecord previous, JsonObject evidence, bool passed, CanaryLook last)
    {
        var gate = new GateResult("canary judge", "canary", "fail", last.ErrorStatistic, $"statistic < boundary at every step ({evidence["design"]}, alpha {((double)evidence["alpha"]!).ToString(CultureInfo.InvariantCulture)})", passed,
            $"step {last.Step} ({last.TrafficPercent.ToString("0.##", CultureInfo.InvariantCulture)}%): {last.Decision}: {last.Reason}")
        {
            Inputs = new Dictionary<string, string> { ["candidate"] = deployment.Model.Version, ["baseline"] = previous.Model.Version, ["source"] = config.Environment(environment).Strategy.Health?.Source ?? "" },
            Evidence = evidence,
        };
        var report = new GateReport
        {
            Environment = environment,
            Candidate = deployment.Model,
            Baseline = previous.Model,
            Gates = [gate],
            EvaluatedAt = DateTimeOffset.UtcNow,
        };
        var folder = Path.Combine(config.Resolve(config.Reports), environment);
        AtomicFile.WriteAllText(Path.Combine(folder, "canary-report.json"), JsonSerializer.Serialize(report, JsonDefaults.Indented) + "\n");
        AtomicFile.WriteAllText(Path.Combine(folder, "canary-report.md"), MarkdownReport.Render(report));
        AtomicFile.WriteAllText(HtmlPath(config, environment), HtmlReport.Render(report));
    }
}
