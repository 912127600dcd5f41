namespace Tollgate.Core.Oci.Registry;

/// <summary>How the registry client uploads, retries and authenticates.</summary>
internal sealed record RegistryOptions
{
    /// <summary>Explicit credentials; when null, Docker's config.json is consulted for the registry host.</summary>
    public RegistryCredentials? Credentials { get; init; }

    /// <summary>Blobs up to this size go up in one PUT; larger ones in PATCH chunks of <see cref="ChunkSize"/>.</summary>
    public long MonolithicLimit { get; init; } = 512L << 20;

    public long ChunkSize { get; init; } = 64L << 20;

    /// <summary>Another repository on the same registry to mount missing blobs from (no upload when it has them).</summary>
    public string? MountFrom { get; init; }

    /// <summary>Attempts per request on 5xx, 429 and connection failures.</summary>
    public int MaxAttempts { get; init; } = 4;

    /// <summary>First retry delay, doubled each attempt (Retry-After wins when the registry sends it, capped at 30 s).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(30);
}
