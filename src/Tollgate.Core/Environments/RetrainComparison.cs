using System.Globalization;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Packaging;

namespace Tollgate.Core.Environments;

/// <summary>
/// The edge check of <c>promotion: retrain</c>: instead of requiring the previous environment's digest, the candidate
/// (retrained for the target) must be no worse than the model live in the previous environment, metric by metric,
/// within <see cref="RetrainSection.Tolerance"/>. Metrics named like a loss or error (loss, error, rmse, mae, mse) are
/// lower-is-better; all others higher-is-better. The baseline's manifest is read from the folder feed by digest.
/// </summary>
internal static class RetrainComparison
{
    private static readonly string[] LowerIsBetter = ["loss", "error", "rmse", "mae", "mse"];

    public static void Check(TollgateConfig config, EnvironmentSection target, DeploymentRecord? baseline, string previous, ModelManifest candidate)
    {
        if (baseline is null || baseline.Model.Name != candidate.Name)
        {
            throw new TollgateException(ErrorCodes.RetrainBaselineMissing,
                $"'{target.Name}' retrains in place and compares with the {candidate.Name} model live in '{previous}', but none is live there.",
                $"Promote a {candidate.Name} version to '{previous}' first.");
        }

        var reference = FolderFeed.Manifests(config.Resolve(config.Package.Feed)).FirstOrDefault(m => m.Digest == baseline.Model.Digest)
            ?? throw new TollgateException(ErrorCodes.RetrainBaselineMissing,
                $"The manifest of {baseline.Model.Name} {baseline.Model.Version} ({baseline.Model.Digest}), live in '{previous}', is not in the feed '{config.Package.Feed}', so its metrics are unknown.",
                "Run the promotion where the feed holds the package of the previous environment's model (tollgate pack writes it).");

        if (candidate.LegacyDigest || Artifacts.ContentDigest.FormatOf(reference) == Artifacts.ContentDigest.LegacyFormat)
        {
            var legacy = candidate.LegacyDigest ? $"the candidate {candidate.Name} {candidate.Version}" : $"the '{previous}' model {reference.Name} {reference.Version}";
            throw new TollgateException(ErrorCodes.LegacyMetricsRefused,
                $"'{target.Name}' compares recorded metrics, but {legacy} is a legacy artifact (digest format 1): its digest does not cover its metrics, so they are refused; '{target.Name}' is unchanged.",
                "Retrain it with 'tollgate train' so its digest covers its metrics, or compare with retrain.parity, which re-measures.");
        }

        var names = target.Retrain.Metrics.Count > 0 ? target.Retrain.Metrics : [.. candidate.Metrics.Keys.Intersect(reference.Metrics.Keys)];
        var worse = new List<string>();
        foreach (var name in names)
        {
            if (!candidate.Metrics.TryGetValue(name, out var mine) || !reference.Metrics.TryGetValue(name, out var theirs))
            {
                throw new TollgateException(ErrorCodes.MetricMissing,
                    $"{config.SourcePath}: environments[{target.Name}].retrain.metrics names '{name}', which the candidate or the '{previous}' model does not report.",
                    $"Use metrics both report: {string.Join(", ", candidate.Metrics.Keys.Intersect(reference.Metrics.Keys))}.");
            }

            var lower = LowerIsBetter.Any(w => name.Contains(w, StringComparison.OrdinalIgnoreCase));
            var loss = lower ? mine - theirs : theirs - mine;
            if (loss > target.Retrain.Tolerance)
            {
                worse.Add(string.Create(CultureInfo.InvariantCulture, $"{name} {mine:0.####} vs {theirs:0.####} in {previous} ({(lower ? "lower" : "higher")} is better, tolerance {target.Retrain.Tolerance})"));
            }
        }

        // Prediction parity with that model (retrain.parity) runs in PromotionService: it needs both artifacts.
        if (worse.Count > 0)
        {
            throw new CheckFailedException(ErrorCodes.RetrainedModelWorse,
                $"The retrained {candidate.Name} {candidate.Version} is worse than {reference.Version} live in '{previous}': {string.Join("; ", worse)}. '{target.Name}' is unchanged.",
                $"Fix the retraining, or widen environments[{target.Name}].retrain.tolerance in {config.SourcePath}.");
        }
    }
}
