using Tollgate.Core.Artifacts;
using Tollgate.Core.Environments;
using Tollgate.Core.Training;

namespace Tollgate.Cli.Commands.Steps;

/// <summary>
/// What <c>tollgate train</c> does, shared with <c>tollgate pipeline</c>: keep the existing artifact when the inputs its
/// manifest recorded are unchanged (<see cref="TrainingFreshness"/>), else train. Writes nothing to stdout.
/// </summary>
internal static class TrainStep
{
    public sealed record Result(string Artifact, ModelManifest Manifest, bool UpToDate)
    {
        /// <summary>The document both commands write under --json.</summary>
        public object Document() => new { artifact = Artifact, Manifest.Name, Manifest.Version, Manifest.Digest, Manifest.Metrics, upToDate = UpToDate };
    }

    public static async Task<Result> RunAsync(CliContext context, string outputDir, bool force, CancellationToken ct)
    {
        if (!force)
        {
            var (existing, reason) = TrainingFreshness.Check(context.Config, outputDir);
            if (existing is not null)
            {
                return new Result(outputDir, existing, UpToDate: true);
            }

            CliContext.Progress.Report($"Training: {reason}.");
        }

        var versions = await new VersionResolver(context.Config, context.Backend).CreateAsync(ct);
        var manifest = new ModelTrainer(context.Config, CliContext.Progress).Train(outputDir, versions);
        TrainLineageWarning.Report(context.Config, manifest);
        return new Result(outputDir, manifest, UpToDate: false);
    }

    /// <summary>The lines <c>tollgate train</c> prints without --json.</summary>
    public static IEnumerable<string> Lines(Result result)
    {
        var m = result.Manifest;
        yield return result.UpToDate
            ? $"Model {m.Name} {m.Version} is up to date, not retrained (training spec, data, hyperparameters and tool versions unchanged; --force retrains)."
            : $"Model {m.Name} {m.Version} written to {result.Artifact}";
        yield return $"  digest {m.Digest}";
    }
}
