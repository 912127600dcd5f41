using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Gates;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Gates;

/// <summary>Trains sample models and runs one gate of the staging environment against them.</summary>
internal static class GateRun
{
    public static (string Dir, ModelManifest Manifest) Train(TollgateConfig config, TempDir dir, string folder, string version = "1.0.0")
    {
        var artifact = Path.Combine(dir.Path, folder);
        var manifest = new ModelTrainer(config).Train(artifact, _ => version);
        return (artifact, manifest);
    }

    public static Task<GateResult> Evaluate(TollgateConfig config, (string Dir, ModelManifest Manifest) candidate, (string Dir, ModelManifest Manifest)? baseline = null)
    {
        var environment = config.Environments[1];
        var context = new GateContext
        {
            Config = config,
            Environment = environment,
            CandidateDir = candidate.Dir,
            Candidate = candidate.Manifest,
            BaselineDir = baseline?.Dir,
            Baseline = baseline?.Manifest,
        };
        var gate = GateFactory.Create(environment.Gates.Single(), "staging.gates[0]", new HoldoutEvaluator(config));
        return gate.EvaluateAsync(context, CancellationToken.None);
    }

    /// <summary>Replaces the feature block of the sample training spec.</summary>
    public static void SetFeatures(TempDir dir, string features)
    {
        var spec = Path.Combine(dir.Path, "training.yml");
        File.WriteAllText(spec, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(spec), "features:\\n(.|\\n)*?trainer:", $"features:\n{features}\ntrainer:"));
    }
}
