using Microsoft.ML;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Training;
using Tollgate.Core.Util;

namespace Tollgate.Core.Gates;

/// <summary>
/// The baseline comparison's rows: the candidate's holdout rows minus every row the running model trained on (its
/// training file is recognised by the digest in its lineage and its split redone with its own seed), or, when its
/// training rows cannot be rebuilt, a holdout file both models recorded by digest. Each model is then scored with its
/// own input schema, so a removed or renamed input is compared instead of crashing.
/// </summary>
internal static class SharedHoldout
{
    public sealed record Comparison(IReadOnlyDictionary<string, double> Candidate, IReadOnlyDictionary<string, double> Baseline, int Rows, string Source);

    /// <summary>Scores both models on the shared rows; returns null (with why) when no such rows can be established.</summary>
    public static Comparison? Compare(TollgateConfig config, string candidateDir, ModelManifest candidate, string baselineDir, ModelManifest baseline, out string why)
    {
        var spec = TrainingSpecLoader.Load(config.Resolve(config.Model.Training));
        var ml = new MLContext(spec.Seed);
        var scratch = Directory.CreateTempSubdirectory("tollgate-holdout-").FullName;
        try
        {
            var trainPath = Full(spec, spec.Data.Train);
            var trainDigest = Hashing.Digest(Hashing.Sha256File(trainPath));
            var (train, trainView) = RawRows.Load(ml, Csv(trainPath, scratch), trainPath);
            RawRows holdout;
            string source;
            string? testDigest = null;
            if (spec.Data.Test is { Length: > 0 } test)
            {
                var testPath = Full(spec, test);
                testDigest = Hashing.Digest(Hashing.Sha256File(testPath));
                holdout = RawRows.Load(ml, Csv(testPath, scratch), testPath).Rows;
                source = $"{test} ({Hashing.Short(testDigest)})";
            }
            else
            {
                holdout = train with { Rows = Split(ml, trainView, train.Header.Count, spec.Data.TestFraction, spec.Seed).Test };
                source = $"the seeded holdout of {spec.Data.Train} (seed {spec.Seed}, testFraction {spec.Data.TestFraction})";
            }

            IEnumerable<string[]> rows = holdout.Rows;
            if (baseline.Lineage.DataDigest == trainDigest)
            {
                // The running model's training rows can be rebuilt: drop every holdout row it saw.
                var trained = baseline.Lineage.TestDataDigest is null
                    ? Split(ml, trainView, train.Header.Count, spec.Data.TestFraction, baseline.Lineage.Seed).Train
                    : train.Rows;
                var names = holdout.Header.Intersect(train.Header).ToList();
                var seen = trained.Select(train.KeyOver(names)).ToHashSet(StringComparer.Ordinal);
                var key = holdout.KeyOver(names);
                rows = holdout.Rows.Where(r => !seen.Contains(key(r)));
                source += $", without the rows {baseline.Version} trained on (seed {baseline.Lineage.Seed})";
            }
            else if (testDigest is null || testDigest != baseline.Lineage.TestDataDigest)
            {
                why = $"the running model {baseline.Version} was trained on data {Hashing.Short(baseline.Lineage.DataDigest)}, which is not the current training file, so rows it did not train on cannot be told apart";
                return null;
            }

            var shared = rows.ToList();
            if (shared.Count == 0)
            {
                why = $"no row of {source} is unseen by both models";
                return null;
            }

            var file = Path.Combine(scratch, "shared-holdout.csv");
            holdout.WriteCsv(file, shared);
            why = "";
            return new Comparison(Score(ml, spec, candidate, candidateDir, file), Score(ml, spec, baseline, baselineDir, file), shared.Count, source);
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    private static (IReadOnlyList<string[]> Train, IReadOnlyList<string[]> Test) Split(MLContext ml, IDataView view, int columns, double fraction, int seed)
    {
        var split = ml.Data.TrainTestSplit(view, fraction, seed: seed);
        return (RawRows.Read(split.TrainSet, columns), RawRows.Read(split.TestSet, columns));
    }

    // Each model reads the rows with its own inputs (from its manifest), so a schema change is scored, not a crash.
    private static IReadOnlyDictionary<string, double> Score(MLContext ml, TrainingSpec spec, ModelManifest model, string modelDir, string csv)
    {
        List<string> Of(string kind) => [.. model.Schema.Inputs.Where(c => c.Kind == kind).Select(c => c.Name)];
        var own = new TrainingSpec
        {
            Data = new DataSection { Train = csv }, Label = spec.Label, Task = model.Lineage.Task, Trainer = spec.Trainer, Seed = spec.Seed,
            BaseDirectory = Path.GetDirectoryName(csv)!, SourcePath = spec.SourcePath,
            Features = new FeatureSection { Numeric = Of("numeric"), Categorical = Of("categorical"), Text = Of("text") },
        };
        var data = new TrainingDataLoader(ml, own).Load(csv, Path.GetDirectoryName(csv)!);
        var transformer = ml.Model.Load(Path.Combine(modelDir, ModelTrainer.ModelFileName), out _);
        return ModelEvaluator.Evaluate(ml, own.Task, transformer.Transform(data.View));
    }

    private static string Full(TrainingSpec spec, string path) => Path.GetFullPath(Path.Combine(spec.BaseDirectory, path));

    private static string Csv(string path, string scratch) =>
        path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? ParquetToCsv.Convert(path, scratch) : path;
}
