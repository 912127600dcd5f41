namespace Cake.Tollgate.Pipeline;

/// <summary>What <c>TollgateTrain</c> produced (<c>tollgate train --json</c>).</summary>
/// <param name="Artifact">The artifact folder written.</param>
/// <param name="Name">Model name.</param>
/// <param name="Version">Model version, e.g. <c>1.0.3+sha.9f2c1e0a</c>.</param>
/// <param name="Digest">Content digest, <c>sha256:…</c>.</param>
/// <param name="Metrics">Holdout metrics, e.g. <c>auc</c>.</param>
/// <param name="UpToDate">True when the existing artifact was kept: its recorded training inputs are unchanged.</param>
public sealed record TollgateTrainResult(string Artifact, string Name, string Version, string Digest, IReadOnlyDictionary<string, double> Metrics, bool UpToDate = false);
