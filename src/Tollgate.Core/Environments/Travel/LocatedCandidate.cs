namespace Tollgate.Core.Environments.Travel;

/// <summary>A verified artifact folder and the deployment it was taken from (whose recorded references it keeps).</summary>
internal sealed record LocatedCandidate(string Directory, DeploymentRecord Source);
