namespace Tollgate.Core.Gates;

/// <summary>Where a validation reads its current data from and writes its reports to.</summary>
public sealed record ValidationOptions
{
    /// <summary>Current data for drift gates instead of the configured file.</summary>
    public string? CurrentData { get; init; }

    /// <summary>Reports folder (one sub-folder per environment); default: <c>reports</c> from tollgate.yml.</summary>
    public string? ReportsDir { get; init; }

    /// <summary>Reads CI variables (GITHUB_ACTIONS, TF_BUILD, GITHUB_STEP_SUMMARY); default: the process environment.</summary>
    public Func<string, string?>? EnvironmentVariables { get; init; }

    /// <summary>Digest of reports a crashed run already recorded with its deployment: when the files still match, they are kept, not rewritten.</summary>
    internal string? RecordedReportDigest { get; init; }

    /// <summary>Run the gates even when a passing report with the same input fingerprint exists.</summary>
    public bool RerunGates { get; init; }

    /// <summary>The backend's deployments as the calling command already listed them (one snapshot per command); null lists them.</summary>
    internal IReadOnlyList<Environments.DeploymentRecord>? Deployments { get; init; }
}
