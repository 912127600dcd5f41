using Tollgate.Core.Config;
using Tollgate.Core.Training;

namespace Tollgate.Cli.Commands;

/// <summary>The skip path of <c>tollgate train</c>: says so when the existing artifact is up to date.</summary>
internal static class TrainUpToDate
{
    /// <summary>True when training can be skipped (and that was reported); false when it must run.</summary>
    public static bool Report(TollgateConfig config, string outputDir, bool json)
    {
        var (existing, reason) = TrainingFreshness.Check(config, outputDir);
        if (existing is null)
        {
            CliContext.Progress.Report($"Training: {reason}.");
            return false;
        }

        if (json)
        {
            CliContext.WriteJson(new { ok = true, upToDate = true, artifact = outputDir, existing.Name, existing.Version, existing.Digest, existing.Metrics });
        }
        else
        {
            Console.WriteLine($"Model {existing.Name} {existing.Version} is up to date, not retrained (training spec, data, hyperparameters and tool versions unchanged; --force retrains).");
            Console.WriteLine($"  digest {existing.Digest}");
        }

        return true;
    }
}
