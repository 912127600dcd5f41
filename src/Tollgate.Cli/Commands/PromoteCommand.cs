using System.CommandLine;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Travel;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate promote</c>: gate and promote the artifact into an environment.</summary>
internal static class PromoteCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var environment = CommonOptions.Environment(required: true);
        var artifact = CommonOptions.Artifact();
        var strategy = new Option<string?>("--strategy") { Description = "Override the environment's rollout strategy: direct, canary, blue-green or shadow." };
        strategy.AcceptOnlyFromAmong("direct", "canary", "blue-green", "shadow");
        var force = new Option<bool>("--force") { Description = "Promote a retired version anyway (recorded in the audit trail)." };
        var rerunGates = CommonOptions.RerunGates();
        var current = CommonOptions.CurrentData();
        var json = CommonOptions.Json();
        var command = new Command("promote", "Promote the model (by digest) into an environment after its gates pass.") { config, environment, artifact, strategy, force, rerunGates, json, current };
        command.SetHandler(async (parse, ct) =>
        {
            var context = CliContext.Load(parse, config);
            var name = parse.GetValue(environment)!;
            var artifactDir = context.ArtifactDir(parse.GetValue(artifact));
            IReadOnlyList<string> travelled = [];
            VerifiedArtifact? loaded = null;
            if (parse.GetValue(artifact) is null && !File.Exists(Path.Combine(artifactDir, ModelManifest.FileName)) && context.Config.Environment(name).Promotion == "transit")
            {
                // A fresh CI agent: take the exact digest live in the previous environment from where it was published.
                var located = await new CandidateLocator(context.Config, context.Backend, CliContext.Progress).FromPreviousAsync(name, ct);
                (loaded, travelled) = (located.Artifact, located.Source.Artifacts);
            }

            await ReviewerBypassWarning.WarnAsync(context.Config, context.Backend, name, ct);
            // The one load of this command: every step below gets this verified artifact, never the path.
            var verified = loaded ?? VerifiedArtifact.Load(artifactDir);
            var options = new PromotionOptions
            {
                Strategy = parse.GetValue(strategy),
                Force = parse.GetValue(force),
                RerunGates = parse.GetValue(rerunGates),
                Artifacts = [.. PublishedArtifacts.Read(context.Config, verified.Digest).Concat(travelled)
                    .Concat(await RegistryPublication.FindAsync(context.Config, verified, ct) is { } pushed ? [pushed] : [])
                    .Distinct(StringComparer.Ordinal)],
                CurrentData = parse.GetValue(current),
            };
            var result = await new PromotionService(context.Config, context.Backend, CliContext.Log(parse.GetValue(json)))
                .PromoteAsync(verified, name, options, ct);
            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new { outcome = result.Outcome, deployment = result.Deployment, report = result.ReportPath });
            }
            else
            {
                var d = result.Deployment;
                Console.WriteLine(result.Outcome == PromotionResult.AlreadyCurrent
                    ? $"{d.Environment}: {d.Model.Name} {d.Model.Version} already live (deployment {d.Id}); no change."
                    : $"{d.Environment}: {d.Model.Name} {d.Model.Version} is live (deployment {d.Id}, {d.Model.Digest}) via {context.Backend.Kind} backend.");
            }

            return 0;
        });
        return command;
    }
}
