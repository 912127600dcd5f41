using Tollgate.Core.Config;

namespace Tollgate.Core.Statistics.Drift;

/// <summary>Checks the verdict settings of a drift gate (effect, inconclusive policy) when the policy loads.</summary>
internal static class DriftVerdictPolicy
{
    public static void Validate(DriftSettings drift, string where)
    {
        if (drift.NumericEffect is not ("psi" or "ks" or "wasserstein" or "jensen-shannon"))
        {
            throw new TollgateException(ErrorCodes.GateInvalid, $"{where}.drift.numericEffect '{drift.NumericEffect}' is unknown.", "Use psi, ks, wasserstein or jensen-shannon.");
        }

        if (drift.Inconclusive is not ("allow" or "block"))
        {
            throw new TollgateException(ErrorCodes.GateInvalid, $"{where}.drift.inconclusive '{drift.Inconclusive}' is unknown.", "Use allow (report inconclusive columns) or block (fail the gate on them).");
        }

        if (double.IsNaN(drift.Threshold) && !drift.AutoThreshold)
        {
            throw new TollgateException(ErrorCodes.GateInvalid, $"{where}.drift.threshold '{drift.ThresholdSetting}' is neither a number nor auto.", "Write e.g. threshold: 0.2, or threshold: auto.");
        }
    }

    /// <summary>Whether the gate fails: drifted share at or above the limit, or inconclusive columns under <c>inconclusive: block</c>.</summary>
    public static bool Fails(DriftReport report, DriftSettings drift) =>
        report.DatasetDrift || (drift.Inconclusive == "block" && report.InconclusiveColumns > 0);
}
