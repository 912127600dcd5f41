namespace Tollgate.Core.Config;

/// <summary>How many distinct approvers from the list must approve a version before it enters the environment.</summary>
internal sealed class ApprovalsSection
{
    public int Required { get; set; } = 1;
    public List<string> Approvers { get; set; } = [];
}
