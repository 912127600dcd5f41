using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Util;

namespace Tollgate.Core.Training;

/// <summary>
/// Decides whether <c>tollgate train</c> may keep the existing artifact: it is up to date when the inputs its
/// manifest recorded (training spec, data files, trainer and hyperparameters, seed, tool versions, and the
/// model name/version/card from tollgate.yml) equal the current ones. Hashing the inputs costs a fraction of
/// training, so warm builds (Cake, MSBuild) skip retraining without timestamps or stamp files.
/// </summary>
internal static class TrainingFreshness
{
    /// <summary>The existing, verified manifest when it is up to date; otherwise null and why, for the log.</summary>
    public static (ModelManifest? UpToDate, string Reason) Check(TollgateConfig config, string outputDir)
    {
        ArgumentNullException.ThrowIfNull(config);
        ModelManifest existing;
        try
        {
            if (!File.Exists(Path.Combine(outputDir, ModelManifest.FileName)))
            {
                return (null, "no trained artifact yet");
            }

            existing = ManifestStore.Read(outputDir);
        }
        catch (TollgateException ex)
        {
            return (null, $"the existing artifact is not usable ({ex.Code})");
        }

        var spec = TrainingSpecLoader.Load(config.Resolve(config.Model.Training));
        var changed = Differences(config, spec, existing).FirstOrDefault();
        return changed is null ? (existing, "inputs unchanged") : (null, changed + " changed");
    }

    /// <summary>
    /// The files <see cref="Check"/> reads besides the tool itself: tollgate.yml, the training spec, the data files and
    /// the artifact's manifest. A build system compares their time stamps to skip even starting the check.
    /// </summary>
    public static IReadOnlyList<string> InputFiles(TollgateConfig config, string outputDir)
    {
        ArgumentNullException.ThrowIfNull(config);
        var spec = TrainingSpecLoader.Load(config.Resolve(config.Model.Training));
        var files = new List<string> { Path.GetFullPath(config.SourcePath), Path.GetFullPath(spec.SourcePath), Path.GetFullPath(Path.Combine(spec.BaseDirectory, spec.Data.Train)) };
        if (spec.Data.Test is { Length: > 0 } test)
        {
            files.Add(Path.GetFullPath(Path.Combine(spec.BaseDirectory, test)));
        }

        files.Add(Path.GetFullPath(Path.Combine(outputDir, ModelManifest.FileName)));
        return files;
    }

    private static IEnumerable<string> Differences(TollgateConfig config, TrainingSpec spec, ModelManifest existing)
    {
        var lineage = existing.Lineage;
        var specText = File.ReadAllText(spec.SourcePath).ReplaceLineEndings("\n");
        if (lineage.SpecDigest != Hashing.Digest(Hashing.Sha256Hex(specText)))
        {
            yield return "the training spec";
        }

        if (lineage.Task != spec.Task || lineage.Trainer != spec.Trainer.Name || lineage.Seed != spec.Seed
            || !SameEntries(lineage.Hyperparameters, spec.Trainer.Hyperparameters))
        {
            yield return "the trainer, hyperparameters or seed";
        }

        if (lineage.DataDigest != DataDigest(spec, spec.Data.Train)
            || lineage.TestDataDigest != (spec.Data.Test is { Length: > 0 } test ? DataDigest(spec, test) : null))
        {
            yield return "the training data";
        }

        if (!SameEntries(lineage.Tools, ManifestFactory.ToolVersions(spec.Trainer.Name)))
        {
            yield return "the tool versions";
        }

        if (existing.Name != config.Model.Name || (config.Model.Version is { } version && version != existing.Version)
            || !SameCard(existing.Card, ManifestFactory.Card(config)))
        {
            yield return "the model name, version or card in tollgate.yml";
        }
    }

    private static string? DataDigest(TrainingSpec spec, string relativePath)
    {
        var path = Path.GetFullPath(Path.Combine(spec.BaseDirectory, relativePath));
        return File.Exists(path) ? Hashing.Digest(Hashing.Sha256File(path)) : null; // missing: training reports it
    }

    private static bool SameCard(ModelCard recorded, ModelCard current) =>
        recorded with { Owners = Array.Empty<string>() } == current with { Owners = Array.Empty<string>() } && recorded.Owners.SequenceEqual(current.Owners);

    private static bool SameEntries(IReadOnlyDictionary<string, string> recorded, IReadOnlyDictionary<string, string> current) =>
        recorded.Count == current.Count && current.All(kv => recorded.TryGetValue(kv.Key, out var v) && v == kv.Value);
}
