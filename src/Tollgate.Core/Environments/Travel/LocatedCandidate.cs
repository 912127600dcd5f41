using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Environments.Travel;

/// <summary>A verified artifact folder and the deployment it was taken from (whose recorded references it keeps).</summary>
internal sealed record LocatedCandidate(VerifiedArtifact Artifact, DeploymentRecord Source)
{
    public string Directory => Artifact.Directory;
}
