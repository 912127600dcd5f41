namespace Tollgate.Core.Config;

internal sealed class EnvironmentSection
{
    public string Name { get; set; } = "";
    public List<GateSection> Gates { get; set; } = [];
    public string? Url { get; set; }
    public StrategySection Strategy { get; set; } = new();

    /// <summary>GitHub's production_environment flag; unset = true for the last environment only (see <see cref="EnvironmentRoles"/>).</summary>
    public bool? Production { get; set; }

    /// <summary>GitHub's transient_environment flag; unset = true for the first environment only (see <see cref="EnvironmentRoles"/>).</summary>
    public bool? Transient { get; set; }

    /// <summary>Commit status / check contexts that must be green before GitHub accepts the deployment.</summary>
    public List<string> RequiredContexts { get; set; } = [];

    /// <summary>
    /// transit (default): only the digest live in the previous environment may enter. retrain: the model is retrained for
    /// this environment and must not be worse than the one live in the previous environment (see <see cref="Retrain"/>).
    /// </summary>
    public string Promotion { get; set; } = "transit";

    /// <summary>How a retrained candidate is compared with the previous environment's model.</summary>
    public RetrainSection Retrain { get; set; } = new();

    /// <summary>Tollgate's own approval checkpoint; null = no approvals needed.</summary>
    public ApprovalsSection? Approvals { get; set; }

    /// <summary>Promote and rollback refuse an artifact without a valid model signature from a trusted key.</summary>
    public bool RequireSignature { get; set; }

    /// <summary>Promote and rollback refuse an artifact without a passing attestation from the previous environment.</summary>
    public bool RequireAttestation { get; set; }
}
