using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>Turns a gate section into its gate; exactly one kind key must be set.</summary>
internal static class GateFactory
{
    public static IReadOnlyList<string> Kinds { get; } = ["metric", "baseline", "schema", "compliance", "command", "drift", "performance", "fairness", "robustness", "parity"];

    public static string KindOf(GateSection section, string where)
    {
        var kinds = new List<string>();
        if (section.Metric is not null) { kinds.Add("metric"); }
        if (section.Baseline is not null) { kinds.Add("baseline"); }
        if (section.Schema is not null) { kinds.Add("schema"); }
        if (section.Compliance is not null) { kinds.Add("compliance"); }
        if (section.Command is not null) { kinds.Add("command"); }
        if (section.Drift is not null) { kinds.Add("drift"); }
        if (section.Performance is not null) { kinds.Add("performance"); }
        if (section.Fairness is not null) { kinds.Add("fairness"); }
        if (section.Robustness is not null) { kinds.Add("robustness"); }
        if (section.Parity is not null) { kinds.Add("parity"); }
        if (kinds.Count != 1)
        {
            throw new TollgateException(ErrorCodes.GateInvalid,
                $"{where}: a gate needs exactly one kind, found {(kinds.Count == 0 ? "none" : string.Join(" and ", kinds))}.",
                $"Use one of: {string.Join(", ", Kinds)} (e.g. '- metric: auc >= 0.85').");
        }

        if (section.Severity is not ("fail" or "warn"))
        {
            throw new TollgateException(ErrorCodes.GateInvalid, $"{where}: severity '{section.Severity}' is unknown.", "Use fail or warn.");
        }

        return kinds[0];
    }

    internal static IGate Create(GateSection section, string where, HoldoutEvaluator holdout) => KindOf(section, where) switch
    {
        "metric" => new MetricGateRunner(section),
        "baseline" => new BaselineGate(section, holdout),
        "schema" => new SchemaGate(section),
        "compliance" => new ComplianceGate(section),
        "command" => new CommandGate(section),
        "performance" => new PerformanceGate(section),
        "fairness" => new FairnessGate(section),
        "robustness" => new RobustnessGate(section),
        "parity" => new ParityGate(section),
        _ => new DriftGateRunner(section),
    };
}
