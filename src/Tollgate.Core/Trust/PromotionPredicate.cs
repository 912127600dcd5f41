namespace Tollgate.Core.Trust;

/// <summary>
/// Tollgate's promotion predicate (<c>https://tollgate.dev/attestation/promotion/v1</c>, schema
/// <c>tollgate.promotion-attestation.v1.schema.json</c>): what entered which environment, on which evidence, by whom.
/// </summary>
internal sealed record PromotionPredicate
{
    public const string Type = "https://tollgate.dev/attestation/promotion/v1";

    public required AttestedModel Model { get; init; }
    public required string Environment { get; init; }
    public string? PreviousEnvironment { get; init; }
    public required string DeploymentId { get; init; }
    public required DateTimeOffset PromotedAt { get; init; }
    public required AttestedActor Actor { get; init; }
    public required AttestedGates Gates { get; init; }
    public required IReadOnlyDictionary<string, string> DataDigests { get; init; }
    public required IReadOnlyList<AttestedApproval> Approvals { get; init; }
    public AttestedSignature? ModelSignature { get; init; }
    public string? PreviousLiveDigest { get; init; }
    public string? LedgerHead { get; init; }
    public required string Backend { get; init; }
}
