using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>What gates see: the config, the target environment, the candidate and (if any) the model running there.</summary>
internal sealed class GateContext
{
    public required TollgateConfig Config { get; init; }
    public required EnvironmentSection Environment { get; init; }
    public required string CandidateDir { get; init; }
    public required ModelManifest Candidate { get; init; }

    /// <summary>The model now running in the target environment, extracted to a temp folder; null before the first deployment.</summary>
    public string? BaselineDir { get; init; }
    public ModelManifest? Baseline { get; init; }

    /// <summary>Replaces the configured "current" data of drift gates (e.g. <c>--current</c> on the command line).</summary>
    public string? CurrentDataOverride { get; init; }
}
