using Microsoft.ML;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Util;

namespace Tollgate.Core.Training;

/// <summary>Trains, evaluates and saves a model artifact (model.zip + tollgate.model.json) from a spec.</summary>
/// <param name="config">The loaded tollgate.yml (<c>model.training</c> names the training spec).</param>
/// <param name="progress">Receives progress lines; null discards them.</param>
/// <param name="clock">The clock stamped into the manifest; null uses the system clock.</param>
public sealed class ModelTrainer(TollgateConfig config, IProgress<string>? progress = null, TimeProvider? clock = null)
{
    /// <summary>The trained model's file name inside the artifact folder.</summary>
    public const string ModelFileName = "model.zip";

    /// <summary>
    /// Trains into <paramref name="outputDir"/> with the version <c>tollgate train</c> would choose: the version this
    /// content digest already has anywhere (backend, registry, folder feed), else the configured one, else the next patch.
    /// Unchanged bytes keep the existing artifact. Its previous content is replaced only when training succeeded and
    /// only when it is a Tollgate artifact: never user data.
    /// </summary>
    /// <param name="outputDir">The artifact folder to write.</param>
    /// <param name="ct">Cancels the version lookup (training itself runs to the end).</param>
    /// <returns>The trained model version; <see cref="VerifiedArtifact.Load(string)"/> on the folder gives its metrics.</returns>
    public async Task<Environments.ModelRef> TrainAsync(string outputDir, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDir);
        var versions = await new Environments.VersionResolver(config, Environments.BackendFactory.Create(config)).CreateAsync(ct);
        var manifest = Train(outputDir, versions);
        return new Environments.ModelRef(manifest.Name, manifest.Version, manifest.Digest);
    }

    /// <summary>
    /// Trains into <paramref name="outputDir"/>, replacing its previous content only when training succeeded and
    /// only when that content is a Tollgate artifact (see <see cref="ArtifactOutputGuard"/>): never user data.
    /// </summary>
    /// <param name="resolveVersion">Gives the version for a content digest (reuse, explicit or next patch).</param>
    internal ModelManifest Train(string outputDir, Func<string, string> resolveVersion)
    {
        var output = Path.GetFullPath(outputDir);
        string[] protectedDirs = [config.BaseDirectory, Directory.GetCurrentDirectory()];
        ArtifactOutputGuard.EnsureReplaceable(output, protectedDirs);
        var spec = TrainingSpecLoader.Load(config.Resolve(config.Model.Training));
        var staging = output.TrimEnd(Path.DirectorySeparatorChar) + $".tmp-{Guid.NewGuid():N}";
        Directory.CreateDirectory(staging);
        try
        {
            var manifest = TrainInto(spec, staging, resolveVersion);
            if (Existing(output) is { } existing && existing.Digest == manifest.Digest)
            {
                // Same bytes as the artifact already there: keep it (and its created time) so packages,
                // OCI manifests and promotions of this digest stay byte-identical across re-runs.
                progress?.Report($"Model unchanged ({manifest.Digest}); keeping the existing artifact {existing.Version}.");
                return existing;
            }

            // Training can take minutes: check again right before the swap, in case someone wrote there meanwhile.
            ArtifactOutputGuard.EnsureReplaceable(output, protectedDirs);
            ReplaceDirectory(staging, output);
            return manifest;
        }
        finally
        {
            if (Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    private ModelManifest TrainInto(TrainingSpec spec, string dir, Func<string, string> resolveVersion)
    {
        var ml = new MLContext(spec.Seed);
        var scratch = Path.Combine(dir, ".scratch");
        Directory.CreateDirectory(scratch);
        var loader = new TrainingDataLoader(ml, spec);
        progress?.Report($"Loading {spec.Data.Train}");
        var data = loader.Load(spec.Data.Train, scratch);
        IDataView train = data.View, test;
        string? testDigest = null;
        if (spec.Data.Test is { Length: > 0 } testFile)
        {
            var loaded = loader.Load(testFile, scratch);
            test = loaded.View;
            testDigest = loaded.Digest;
        }
        else
        {
            var split = ml.Data.TrainTestSplit(data.View, spec.Data.TestFraction, seed: spec.Seed);
            (train, test) = (split.TrainSet, split.TestSet);
        }

        progress?.Report($"Training {spec.Trainer.Name} ({spec.Task}) on {data.Rows:N0} rows, seed {spec.Seed}");
        var model = ModelPipelineBuilder.Build(ml, spec).Fit(train);
        progress?.Report("Evaluating on the holdout set");
        var metrics = ModelEvaluator.Evaluate(ml, spec.Task, model.Transform(test));
        var raw = Path.Combine(scratch, "raw-model.zip");
        ml.Model.Save(model, train.Schema, raw);
        ZipCanonicalizer.Canonicalize(raw, Path.Combine(dir, ModelFileName));
        Directory.Delete(scratch, recursive: true);

        var files = ContentDigest.ListFiles(dir);
        var draft = ManifestFactory.Create(config, spec, data, testDigest, files, "", "0.0.0", metrics, (clock ?? TimeProvider.System).GetUtcNow());
        var digest = ContentDigest.Of(draft);
        var manifest = draft with { Digest = digest, Version = resolveVersion(digest) };
        ManifestStore.Write(dir, manifest);
        progress?.Report($"Trained {manifest.Name} {manifest.Version}: " + string.Join(", ", metrics.Select(m => $"{m.Key}={m.Value:0.####}")));
        return manifest;
    }

    private static ModelManifest? Existing(string output)
    {
        try
        {
            return Directory.Exists(output) ? ManifestStore.Read(output) : null;
        }
        catch (Exception ex) when (ex is Errors.TollgateException or IOException or UnauthorizedAccessException)
        {
            return null; // a previous artifact that no longer verifies is replaced (the guard made sure it is ours)
        }
    }

    private static void ReplaceDirectory(string source, string destination)
    {
        var backup = destination + $".old-{Guid.NewGuid():N}";
        if (Directory.Exists(destination) && !Directory.EnumerateFileSystemEntries(destination).Any())
        {
            Directory.Delete(destination); // empty: nothing to keep, and not recursive so nothing else can go
        }
        else if (Directory.Exists(destination))
        {
            Directory.Move(destination, backup);
        }

        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        Directory.Move(source, destination);
        if (Directory.Exists(backup))
        {
            Directory.Delete(backup, recursive: true);
        }
    }
}
