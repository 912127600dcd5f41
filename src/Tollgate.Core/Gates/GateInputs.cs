using System.Text;
using System.Text.Json;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Training;
using Tollgate.Core.Util;

namespace Tollgate.Core.Gates;

/// <summary>
/// The fingerprint of everything an environment's gates decide on: candidate digest, the data files they read
/// (holdout via the training spec, drift reference/current, parity replay), the environment's gate configuration,
/// the deployment they compare with, and the tool versions. Equal fingerprints mean a re-run would decide the same.
/// </summary>
internal static class GateInputs
{
    /// <summary>The fingerprint, or null when a gate depends on something outside these inputs (a command gate).</summary>
    public static string? Fingerprint(TollgateConfig config, EnvironmentSection environment, ModelManifest candidate, DeploymentRecord? current, string? currentData)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(candidate);
        if (environment.Gates.Any(g => g.Command is not null))
        {
            return null; // a command's verdict depends on the world it runs in, which no digest captures
        }

        var specPath = config.Resolve(config.Model.Training);
        if (!File.Exists(specPath))
        {
            return null; // e.g. a fresh CI agent promoting a fetched artifact: no holdout to fingerprint, so nothing is reused
        }

        var spec = TrainingSpecLoader.Load(specPath);
        var lines = new StringBuilder();
        void Line(string key, string? value) => lines.Append(key).Append('=').Append(value ?? "-").Append('\n');
        Line("candidate", candidate.Digest);
        Line("baseline", current is null ? null : $"{current.Id} {current.Model.Digest}");
        Line("gates", JsonSerializer.Serialize(environment.Gates, JsonDefaults.Compact));
        foreach (var (tool, version) in ManifestFactory.ToolVersions(spec.Trainer.Name))
        {
            Line("tool:" + tool, version);
        }

        Line("training-spec", FileDigest(spec.SourcePath));
        Line("holdout:train", FileDigest(Path.Combine(spec.BaseDirectory, spec.Data.Train)));
        Line("holdout:test", spec.Data.Test is { Length: > 0 } test ? FileDigest(Path.Combine(spec.BaseDirectory, test)) : null);
        for (var i = 0; i < environment.Gates.Count; i++)
        {
            var gate = environment.Gates[i];
            if (gate.Drift is { } drift)
            {
                Line($"gates[{i}].drift.reference", FileDigest(config.Resolve(drift.Reference)));
                Line($"gates[{i}].drift.current", FileDigest(currentData ?? config.Resolve(drift.Current)));
            }

            if (gate.Parity?.Replay is { Length: > 0 } replay)
            {
                Line($"gates[{i}].parity.replay", FileDigest(config.Resolve(replay)));
            }
        }

        return Hashing.Digest(Hashing.Sha256Hex(lines.ToString()));
    }

    // A missing file is an input too: its gate fails, and a file appearing later must change the fingerprint.
    private static string FileDigest(string path)
    {
        var full = Path.GetFullPath(path);
        return File.Exists(full) ? Hashing.Digest(Hashing.Sha256File(full)) : "missing";
    }
}
