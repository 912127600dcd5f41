namespace Tollgate.Core.Trust;

/// <summary>The promoted model: content digest, and the OCI manifest digest when it is in the configured layout.</summary>
internal sealed record AttestedModel(string Name, string Version, string Digest, string? OciDigest = null);
