using Tollgate.Core.Config;

namespace Tollgate.Core.Environments.Travel;

/// <summary>
/// Finds the candidate of a promotion on a fresh CI agent, where no local artifact exists: the digest live in the previous
/// environment, read from the backend, fetched from the locations recorded with its deployment and verified.
/// </summary>
internal sealed class CandidateLocator(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress = null)
{
    /// <summary>The artifact live in the environment before <paramref name="environment"/> (the one a transit promotion moves).</summary>
    public Task<LocatedCandidate> FromPreviousAsync(string environment, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(config);
        var index = config.Environments.IndexOf(config.Environment(environment));
        if (index == 0)
        {
            throw new TollgateException(ErrorCodes.ArtifactNotFound,
                $"No artifact at '{config.Resolve(config.Model.Output)}', and '{environment}' is the first environment, so there is no earlier environment to take the model from.",
                "Train it first (tollgate train) or pass --artifact DIR.");
        }

        return FromEnvironmentAsync(config.Environments[index - 1].Name, ct);
    }

    /// <summary>The artifact of the configured model live in <paramref name="environment"/> now (other models there are not candidates).</summary>
    public async Task<LocatedCandidate> FromEnvironmentAsync(string environment, CancellationToken ct)
    {
        config.Environment(environment);
        var current = EnvironmentState.CurrentOf(await backend.ListDeploymentsAsync(environment, ct), environment, config.Model.Name)
            ?? throw new TollgateException(ErrorCodes.ArtifactNotFound,
                $"Nothing runs in '{environment}' for {config.Model.Name} ({backend.Kind} backend), so there is no candidate to take from it.",
                $"Promote a model to '{environment}' first, or pass --artifact DIR.");
        progress?.Report($"No local artifact: taking {current.Model.Name} {current.Model.Version} ({current.Model.Digest}) live in '{environment}' (deployment {current.Id}).");
        var artifact = await new PublishedArtifactFetcher(config, progress).FetchAsync(current, ct);
        return new LocatedCandidate(artifact, current);
    }
}
