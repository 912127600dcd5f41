using System.Globalization;
using System.Text.Json.Nodes;
using MathNet.Numerics.Distributions;
using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>
/// The <c>robustness</c> gate: seeded noise on numeric features (scaled by each feature's training std) must not
/// flip classes (or move regression scores) beyond the threshold; missing, out-of-range, unseen and empty values
/// must never make the model throw. Corner cases that crash or flip predictions are listed in the evidence.
/// </summary>
internal sealed class RobustnessGate(GateSection section) : IGate
{
    private const int CornerRows = 20;

    public string Kind => "robustness";

    public Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        var o = section.Robustness!;
        var data = GateData.Load(context.Config);
        var model = data.LoadModel(context.CandidateDir);
        var holdout = data.Holdout;
        var numeric = data.Spec.Features.Numeric.Select(n => holdout.Schema[n].Index).ToList();
        var training = data.Training();
        var stats = data.Spec.Features.Numeric.ToDictionary(n => n, n => Describe(training, n), StringComparer.Ordinal);
        var baseline = data.Predict(model, holdout);

        // Small noise: every numeric feature of every row, N(0, noise × std), seeded by the spec's seed.
        var rng = new Random(data.Spec.Seed);
        var noisy = holdout.Rows.Select(r =>
        {
            var copy = (object[])r.Clone();
            foreach (var i in numeric)
            {
                var sd = stats[holdout.Schema[i].Name].Std;
                copy[i] = (float)((float)copy[i] + Normal.Sample(rng, 0, o.Noise * sd));
            }

            return copy;
        }).ToList();
        var crashes = new List<string>();
        var noise = Compare(data, model, holdout.With(noisy), baseline, crashes, "noise");

        // Corner cases on the first rows, one feature at a time.
        var cases = new JsonArray();
        var corner = holdout.Rows.Take(CornerRows).ToList();
        var cornerBase = new Predictions(baseline.Labels.Take(corner.Count).ToArray(), baseline.Scores.Take(corner.Count).ToArray());
        foreach (var (feature, kind, value) in CornerCases(data, stats))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var index = holdout.Schema[feature].Index;
            var rows = corner.Select(r => { var copy = (object[])r.Clone(); copy[index] = value; return copy; }).ToList();
            var result = Compare(data, model, holdout.With(rows), cornerBase, crashes, $"{feature}: {kind}");
            result["feature"] = feature;
            result["case"] = kind;
            if (result["crashed"]!.GetValue<bool>() || (result["flips"]?.GetValue<int>() ?? 0) > 0 || (result["nonFinite"]?.GetValue<int>() ?? 0) > 0)
            {
                cases.Add(result);
            }
        }

        string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
        var failed = new List<string>(crashes.Select(c => $"model threw on {c}"));
        double? observed = null;
        string threshold;
        if (data.IsClassification)
        {
            observed = noise["flipRate"]?.GetValue<double>();
            threshold = $"flip rate <= {F(o.MaxFlipRate)}, no exceptions";
            if (observed > o.MaxFlipRate) { failed.Add($"flip rate under {F(o.Noise)}×std noise {F(observed.Value)} > {F(o.MaxFlipRate)}"); }
        }
        else
        {
            observed = noise["meanScoreChange"]?.GetValue<double>();
            threshold = o.MaxScoreChange is { } max ? $"mean score change <= {F(max)}, no exceptions" : "no exceptions";
            if (o.MaxScoreChange is { } limit && observed > limit) { failed.Add($"mean score change under {F(o.Noise)}×std noise {F(observed.Value)} > {F(limit)}"); }
        }

        var passed = failed.Count == 0;
        var summary = data.IsClassification ? $"flip rate {F(observed ?? double.NaN)}" : $"mean score change {F(observed ?? double.NaN)}";
        return Task.FromResult(new GateResult(section.Name ?? "robustness", Kind, section.Severity, observed, threshold, passed,
            passed ? $"robustness gate passed: {summary} under {F(o.Noise)}×std noise; {cases.Count} corner case(s) flipped predictions or gave non-finite scores, none threw"
                   : $"robustness gate failed: {string.Join("; ", failed)}")
        {
            Inputs = new Dictionary<string, string> { ["candidate"] = context.Candidate.Version, ["data"] = "holdout", ["noise"] = F(o.Noise), ["seed"] = data.Spec.Seed.ToString(CultureInfo.InvariantCulture) },
            Evidence = new JsonObject { ["noise"] = noise, ["cornerCases"] = cases, ["crashes"] = new JsonArray([.. crashes.Select(c => (JsonNode?)c)]) },
        });
    }

    private static JsonObject Compare(GateData data, Microsoft.ML.ITransformer model, InMemoryRows rows, Predictions reference, List<string> crashes, string what)
    {
        Predictions now;
        try
        {
            now = data.Predict(model, rows);
        }
        catch (Exception ex)
        {
            crashes.Add($"{what} ({ex.GetType().Name}: {ex.Message})");
            return new JsonObject { ["rows"] = rows.Rows.Count, ["crashed"] = true, ["error"] = ex.Message };
        }

        var result = new JsonObject { ["rows"] = now.Count, ["crashed"] = false, ["nonFinite"] = Enumerable.Range(0, now.Count).Count(i => double.IsFinite(reference.Scores[i]) && !double.IsFinite(now.Scores[i])) };
        if (data.IsClassification)
        {
            var flipped = Enumerable.Range(0, now.Count).Where(i => now.Labels[i] != reference.Labels[i]).ToList();
            result["flips"] = flipped.Count;
            result["flipRate"] = now.Count == 0 ? 0 : flipped.Count / (double)now.Count;
            result["flippedRows"] = new JsonArray([.. flipped.Take(10).Select(i => (JsonNode?)i)]);
        }
        else
        {
            var changes = Enumerable.Range(0, now.Count).Select(i => Math.Abs(now.Scores[i] - reference.Scores[i])).ToList();
            result["meanScoreChange"] = changes.Count == 0 ? 0 : changes.Average();
            result["maxScoreChange"] = changes.Count == 0 ? 0 : changes.Max();
        }

        return result;
    }

    private static IEnumerable<(string Feature, string Kind, object Value)> CornerCases(GateData data, Dictionary<string, (double Min, double Max, double Std)> stats)
    {
        foreach (var (feature, (min, max, _)) in stats)
        {
            var span = max - min + 1;
            yield return (feature, "missing", float.NaN);
            yield return (feature, "above training range", (float)(max + span));
            yield return (feature, "below training range", (float)(min - span));
        }

        foreach (var feature in data.Spec.Features.Categorical.Concat(data.Spec.Features.Text))
        {
            yield return (feature, "unseen category", "__tollgate_unseen__".AsMemory());
            yield return (feature, "empty string", ReadOnlyMemory<char>.Empty);
        }
    }

    private static (double Min, double Max, double Std) Describe(InMemoryRows rows, string column)
    {
        var index = rows.Schema[column].Index;
        var values = rows.Rows.Select(r => (double)(float)r[index]).Where(double.IsFinite).ToList();
        return values.Count == 0 ? (0, 0, 0) : (values.Min(), values.Max(), MathNet.Numerics.Statistics.Statistics.StandardDeviation(values));
    }
}
