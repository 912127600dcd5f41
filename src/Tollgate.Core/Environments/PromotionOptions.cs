namespace Tollgate.Core.Environments;

/// <summary>How to promote: strategy, who, and which published artifacts to reference.</summary>
public sealed record PromotionOptions
{
    public string Strategy { get; init; } = "direct";
    public Actor? Actor { get; init; }
    public IReadOnlyList<string> Artifacts { get; init; } = [];
}
