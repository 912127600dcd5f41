// An embedder's program: it uses Tollgate.Core's public API only. EmbedderProgramTests compiles it against
// Tollgate.Core.dll and the .NET framework alone (no InternalsVisibleTo, no Microsoft.ML or YamlDotNet reference),
// so a public signature that needs an internal or third-party type fails the compilation; then it runs it.
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Retirement;
using Tollgate.Core.Environments.Rollout;
using Tollgate.Core.Errors;
using Tollgate.Core.Gates;
using Tollgate.Core.Identity;
using Tollgate.Core.Logging;
using Tollgate.Core.Packaging;
using Tollgate.Core.Statistics;
using Tollgate.Core.Statistics.Drift;
using Tollgate.Core.Statistics.Parity;
using Tollgate.Core.Training;

namespace Tollgate.Embedder.Sample;

/// <summary>Train → validate → promote → pack → roll back → retire, then drift and parity, as "key=value" lines.</summary>
public static class EmbedderProgram
{
    public static async Task<IReadOnlyList<string>> RunAsync(string root, CancellationToken ct)
    {
        var facts = new List<string>();
        var log = new ListLog();
        var config = ConfigLoader.Load(Path.Combine(root, TollgateConfig.FileName));
        facts.Add($"model={config.ModelName}");
        facts.Add($"environments={string.Join(",", config.EnvironmentNames)}");
        facts.Add($"production={config.EnvironmentNames[^1]}:{config.IsProduction(config.EnvironmentNames[^1])}");

        // The version comes from the same resolver as `tollgate train` (first version here: the configured one).
        var trained = await new ModelTrainer(config, log).TrainAsync(config.Resolve("out/model"), ct);
        var artifact = VerifiedArtifact.Load(config.Resolve("out/model"));
        facts.Add($"trained={trained.Name}@{trained.Version.Split('+')[0]}"); // build metadata: +sha.<digest prefix>
        facts.Add($"digest-matches={artifact.Digest == trained.Digest}");
        facts.Add($"has-auc={artifact.Metrics.ContainsKey("auc")}");

        var validation = await new ValidationService(config, log).ValidateAsync("staging", artifact, new ValidationOptions(), ct);
        facts.Add($"validate={validation.Verdict}:{validation.Environment}:{validation.Gates.Count}:{File.Exists(validation.ReportPath)}");

        var sandbox = await new PromotionService(config, log).PromoteAsync(artifact, "sandbox", new PromotionOptions { Actor = new Actor("embedder") }, ct);
        var staging = await new PromotionService(config, log).PromoteAsync(artifact.Directory, "staging", new PromotionOptions { Actor = new Actor("embedder") }, ct);
        var again = await new PromotionService(config, log).PromoteAsync(artifact, "staging", new PromotionOptions(), ct);
        facts.Add($"promote={sandbox.Outcome}:{sandbox.Environment}:{sandbox.Model == trained}");
        facts.Add($"promote={staging.Outcome}:{staging.Environment}:{File.Exists(staging.ReportPath)}");
        facts.Add($"promote-again={again.Outcome}:{again.DeploymentId == staging.DeploymentId}");

        var package = new NuGetModelPackager(config).Pack(artifact.Directory);
        facts.Add($"pack={package.PackageId}:{package.Version == trained.Version}:{File.Exists(package.Path)}");

        // Nothing ran in production before: a rollback there is refused with a stable code (exit code 2).
        try
        {
            await new RollbackService(config, log).RollbackAsync("production", null, "test", ct);
            facts.Add("rollback=unexpected");
        }
        catch (TollgateException ex)
        {
            facts.Add($"rollback-refused={ex.Code}:{ex.ExitCode}");
        }

        var spec = ModelSpec.Parse($"{trained.Name}@{trained.Version}");
        var retired = await new RetirementService(config, log).RetireAsync(spec, "superseded", new Actor("embedder"), ct);
        facts.Add($"retire={spec.Kind}:{retired.Recorded}:{retired.InactivatedDeployments.Count}:{string.Join(",", retired.EmptiedEnvironments)}");

        var drift = DriftEngine.Run(Path.Combine(root, "reference.csv"), Path.Combine(root, "current.csv"), new DriftOptions { Gate = DriftCriterion.Both, KsMethod = KsMethod.Auto });
        facts.Add($"drift={drift.DatasetDrift}:{drift.TestedColumns}:{string.Join(",", drift.DriftedColumnNames)}");

        var parity = ParityEngine.Run(Path.Combine(root, "baseline.csv"), Path.Combine(root, "candidate.csv"), new ParityOptions { Task = "binary" });
        facts.Add($"parity={parity.Passed}:{parity.Task}:{parity.Rows}");

        try
        {
            ConfigLoader.Load(Path.Combine(root, "missing", TollgateConfig.FileName));
        }
        catch (TollgateException ex) when (ex.Code == ErrorCodes.ConfigNotFound)
        {
            facts.Add($"missing-config={ex.Code}:{ex.ExitCode}");
        }

        facts.Add($"logged={log.Lines.Count > 0}");
        return facts;
    }

    private sealed class ListLog : ITollgateLog
    {
        public List<string> Lines { get; } = [];

        public void Info(string message) => Lines.Add(message);

        public void Warning(string code, string message) => Lines.Add($"{code}: {message}");

        public void Annotation(string command) => Lines.Add(command);
    }
}
