namespace Tollgate.Core.Environments.Audit;

/// <summary>
/// An audit-trail record that is not a deployment: an approval, a retirement, or a promotion forced past a
/// retirement. Bound to the model digest so an approval of one build never admits another.
/// </summary>
internal sealed record AuditEntry
{
    public const string Approval = "approval";
    public const string Retirement = "retirement";
    public const string ForcedPromotion = "forced-promotion";

    public required string Kind { get; init; }
    public required ModelRef Model { get; init; }

    /// <summary>The environment an approval or forced promotion is for; null for a retirement.</summary>
    public string? Environment { get; init; }
    public required Actor Actor { get; init; }
    public required DateTimeOffset At { get; init; }

    /// <summary>The approver's comment or the retirement reason.</summary>
    public string? Comment { get; init; }

    /// <summary>The commit the model was built from (GitHub needs a ref for the record).</summary>
    public string? Commit { get; init; }
}
