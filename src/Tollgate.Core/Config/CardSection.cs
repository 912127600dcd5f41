namespace Tollgate.Core.Config;

internal sealed class CardSection
{
    public string? Description { get; set; }
    public string? IntendedUse { get; set; }
    public string? Limitations { get; set; }
    public List<string> Owners { get; set; } = [];
    public string? License { get; set; }
}
