using Tollgate.Core.Artifacts;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Travel;

namespace Tollgate.Cli.Commands.Steps;

/// <summary>
/// What <c>tollgate promote</c> does, shared with <c>tollgate pipeline</c>: find the candidate (a fresh agent fetches the
/// digest live in the previous environment), name where it was published, and let <see cref="PromotionService"/> gate
/// and record it. Writes nothing to stdout.
/// </summary>
internal static class PromoteStep
{
    /// <param name="context">The loaded config and backend.</param>
    /// <param name="environment">The environment to enter.</param>
    /// <param name="artifactOption">--artifact as given (null: model.output, or the previous environment's digest on a fresh agent).</param>
    /// <param name="options">Strategy, force, rerun, current data; <see cref="PromotionOptions.Artifacts"/> is filled here.</param>
    /// <param name="json">True under --json (keeps CI annotations off stdout).</param>
    public static async Task<PromotionResult> RunAsync(CliContext context, string environment, string? artifactOption, PromotionOptions options, bool json, CancellationToken ct)
    {
        var artifactDir = context.ArtifactDir(artifactOption);
        IReadOnlyList<string> travelled = [];
        VerifiedArtifact? loaded = null;
        if (artifactOption is null && !File.Exists(Path.Combine(artifactDir, ModelManifest.FileName)) && context.Config.Environment(environment).Promotion == "transit")
        {
            // A fresh CI agent: take the exact digest live in the previous environment from where it was published.
            var located = await new CandidateLocator(context.Config, context.Backend, CliContext.Progress).FromPreviousAsync(environment, ct);
            (loaded, travelled) = (located.Artifact, located.Source.Artifacts);
        }

        await ReviewerBypassWarning.WarnAsync(context.Config, context.Backend, environment, ct);
        // The one load of this command: every step below gets this verified artifact, never the path.
        var verified = loaded ?? VerifiedArtifact.Load(artifactDir);
        var published = options with
        {
            Artifacts = [.. PublishedArtifacts.Read(context.Config, verified.Digest).Concat(travelled)
                .Concat(await RegistryPublication.FindAsync(context.Config, verified, ct) is { } pushed ? [pushed] : [])
                .Distinct(StringComparer.Ordinal)],
        };
        return await new PromotionService(context.Config, context.Backend, CliContext.Log(json)).PromoteAsync(verified, environment, published, ct);
    }

    /// <summary>The line <c>tollgate promote</c> prints without --json.</summary>
    public static string Line(CliContext context, PromotionResult result)
    {
        var d = result.Deployment;
        return result.Outcome == PromotionResult.AlreadyCurrent
            ? $"{d.Environment}: {d.Model.Name} {d.Model.Version} already live (deployment {d.Id}); no change."
            : $"{d.Environment}: {d.Model.Name} {d.Model.Version} is live (deployment {d.Id}, {d.Model.Digest}) via {context.Backend.Kind} backend.";
    }
}
