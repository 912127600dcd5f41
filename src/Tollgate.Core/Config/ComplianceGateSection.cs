namespace Tollgate.Core.Config;

/// <summary>Model card, licence, lineage and personal-data checks.</summary>
internal sealed class ComplianceGateSection
{
    public List<string> RequiredCardFields { get; set; } = ["intendedUse", "limitations", "owners"];
    public List<string> AllowedLicenses { get; set; } = ["MIT", "Apache-2.0", "BSD-3-Clause", "proprietary"];
    public bool RequireCleanCommit { get; set; }

    /// <summary>Feature names allowed even though they look like personal data.</summary>
    public List<string> AllowPersonalData { get; set; } = [];
}
