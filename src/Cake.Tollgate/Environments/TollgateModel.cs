namespace Cake.Tollgate.Environments;

/// <summary>The identity of one model version; promotion moves this, by digest.</summary>
/// <param name="Name">Model name.</param>
/// <param name="Version">Model version.</param>
/// <param name="Digest">Content digest, <c>sha256:…</c>.</param>
public sealed record TollgateModel(string Name, string Version, string Digest);
