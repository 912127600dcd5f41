namespace Tollgate.Core.Config;

/// <summary><c>tollgate.yml</c>: what model, how to train it, where it may go and what it must pass.</summary>
public sealed class TollgateConfig
{
    public const string FileName = "tollgate.yml";

    public ModelSection Model { get; set; } = new();
    public PackageSection Package { get; set; } = new();
    public BackendSection Backend { get; set; } = new();
    public string Reports { get; set; } = "artifacts/reports";
    public List<EnvironmentSection> Environments { get; set; } = [];

    /// <summary>Defaults for <c>tollgate drift --config</c> (read by that command; see docs/statistics.md).</summary>
    public Dictionary<object, object>? Drift { get; set; }

    /// <summary>Folder of the config file; relative paths in it resolve against this.</summary>
    public string BaseDirectory { get; set; } = ".";

    /// <summary>Full path of the config file, for error messages.</summary>
    public string SourcePath { get; set; } = FileName;

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(BaseDirectory, path));

    /// <summary>The named environment, or a clear error listing the configured ones.</summary>
    public EnvironmentSection Environment(string name) =>
        Environments.FirstOrDefault(e => e.Name == name) ?? throw new Errors.TollgateException(
            Errors.ErrorCodes.UnknownEnvironment,
            $"Environment '{name}' is not configured in {SourcePath}.",
            $"Use one of: {string.Join(", ", Environments.Select(e => e.Name))}.");
}

public sealed class ModelSection
{
    public string Name { get; set; } = "";
    public string? Version { get; set; }
    public string InitialVersion { get; set; } = "1.0.0";
    public string Training { get; set; } = "training.yml";
    public string Output { get; set; } = "artifacts/model";
    public CardSection Card { get; set; } = new();
}

public sealed class CardSection
{
    public string? Description { get; set; }
    public string? IntendedUse { get; set; }
    public string? Limitations { get; set; }
    public List<string> Owners { get; set; } = [];
    public string? License { get; set; }
}

public sealed class PackageSection
{
    public string? Id { get; set; }
    public List<string> Authors { get; set; } = [];
    public string Feed { get; set; } = "artifacts/feed";

    /// <summary>OCI image layout on disk the artifact is written to (the registry-free default).</summary>
    public string OciLayout { get; set; } = "artifacts/oci";

    /// <summary>Optional registry repository (REGISTRY/REPO) that promotions also tag.</summary>
    public string? OciRepository { get; set; }
    public string? RepositoryUrl { get; set; }

    /// <summary>Name of the environment variable holding the NuGet API key for push (never the key itself).</summary>
    public string ApiKeyVariable { get; set; } = "NUGET_API_KEY";
}

public sealed class BackendSection
{
    /// <summary>auto (GitHub when a token and repository are known, else local), local or github.</summary>
    public string Kind { get; set; } = "auto";
    public string Ledger { get; set; } = ".tollgate/ledger.jsonl";

    /// <summary>OWNER/NAME; default GITHUB_REPOSITORY.</summary>
    public string? Repository { get; set; }

    /// <summary>API base; default GITHUB_API_URL, else https://api.github.com (GHES: https://HOST/api/v3).</summary>
    public string? ApiUrl { get; set; }

    /// <summary>Name of the environment variable holding the token (never the token itself).</summary>
    public string TokenVariable { get; set; } = "GITHUB_TOKEN";

    /// <summary>URL of a deployed environment, with {environment} replaced; sent as environment_url.</summary>
    public string? EnvironmentUrl { get; set; }
}

public sealed class EnvironmentSection
{
    public string Name { get; set; } = "";
    public List<GateSection> Gates { get; set; } = [];
    public string? Url { get; set; }
    public StrategySection Strategy { get; set; } = new();

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
}

/// <summary>The metric comparison for <c>promotion: retrain</c>.</summary>
public sealed class RetrainSection
{
    /// <summary>How much worse (absolute) a candidate metric may be than the previous environment's model.</summary>
    public double Tolerance { get; set; } = 0.01;

    /// <summary>Metrics to compare; empty = every metric both models report.</summary>
    public List<string> Metrics { get; set; } = [];
}

/// <summary>How many distinct approvers from the list must approve a version before it enters the environment.</summary>
public sealed class ApprovalsSection
{
    public int Required { get; set; } = 1;
    public List<string> Approvers { get; set; } = [];
}

/// <summary>How a promotion rolls out: direct, canary steps or blue-green, with health checks.</summary>
public sealed class StrategySection
{
    public string Kind { get; set; } = "direct";

    /// <summary>Canary traffic percentages, ascending, ending at 100.</summary>
    public List<double> Steps { get; set; } = [10, 50, 100];

    /// <summary>Seconds to wait before each health check (lets traffic reach the new model).</summary>
    public double Interval { get; set; }

    public HealthSection? Health { get; set; }
}

/// <summary>Where live health numbers come from and what they must satisfy.</summary>
public sealed class HealthSection
{
    /// <summary>A JSON or CSV file (metric,value) or an http(s) URL returning JSON.</summary>
    public string Source { get; set; } = "";

    /// <summary>Conditions such as <c>error_rate &lt;= 0.01</c> or <c>latency_p95 &lt;= 250</c>.</summary>
    public List<string> Thresholds { get; set; } = [];
}

/// <summary>One gate: exactly one kind key (metric, baseline, schema, compliance, command, drift, ...) plus severity/name.</summary>
public sealed class GateSection
{
    /// <summary>An absolute metric threshold such as <c>auc &gt;= 0.85</c>.</summary>
    public string? Metric { get; set; }

    /// <summary>Relative to the model running in the target environment: <c>auc &gt;= baseline - 0.005</c>.</summary>
    public string? Baseline { get; set; }

    public SchemaGateSection? Schema { get; set; }
    public ComplianceGateSection? Compliance { get; set; }
    public CommandGateSection? Command { get; set; }
    public DriftGateSection? Drift { get; set; }
    public PerformanceGateSection? Performance { get; set; }
    public FairnessGateSection? Fairness { get; set; }
    public RobustnessGateSection? Robustness { get; set; }
    public ParityGateSection? Parity { get; set; }

    /// <summary>fail (blocks) or warn (reported, never blocks).</summary>
    public string Severity { get; set; } = "fail";

    /// <summary>For gates that compare with the running model: pass when the environment has none yet.</summary>
    public bool AllowFirstDeployment { get; set; } = true;
    public string? Name { get; set; }
}

/// <summary>Candidate input/output schema against the serving contract (the running model's schema).</summary>
public sealed class SchemaGateSection
{
    /// <summary>Added input columns warn by default; set true to fail on them.</summary>
    public bool FailOnAddedInputs { get; set; }
}

/// <summary>Model card, licence, lineage and personal-data checks.</summary>
public sealed class ComplianceGateSection
{
    public List<string> RequiredCardFields { get; set; } = ["intendedUse", "limitations", "owners"];
    public List<string> AllowedLicenses { get; set; } = ["MIT", "Apache-2.0", "BSD-3-Clause", "proprietary"];
    public bool RequireCleanCommit { get; set; }

    /// <summary>Feature names allowed even though they look like personal data.</summary>
    public List<string> AllowPersonalData { get; set; } = [];
}

/// <summary>A user command whose exit code decides (0 passes).</summary>
public sealed class CommandGateSection
{
    public string Run { get; set; } = "";
    public List<string> Args { get; set; } = [];
    public string? WorkingDirectory { get; set; }
    public double TimeoutSeconds { get; set; } = 600;
}

/// <summary>Reference vs current data drift (statistics engine).</summary>
public sealed class DriftGateSection
{
    public string Reference { get; set; } = "";
    public string Current { get; set; } = "";
    public List<string> Columns { get; set; } = [];
    /// <summary>Effect-size threshold for numeric columns: PSI above it means drift (0.2 is the usual "significant shift").</summary>
    public double Threshold { get; set; } = 0.2;

    /// <summary>Significance level for the per-column tests after correction.</summary>
    public double Alpha { get; set; } = 0.05;

    /// <summary>bonferroni, holm or bh.</summary>
    public string Correction { get; set; } = "holm";

    /// <summary>The dataset drifts when more than this share of columns drift.</summary>
    public double DatasetShare { get; set; } = 0.3;
}

/// <summary>Latency, throughput, size and load time of the model as served; unset thresholds are measured but not gated.</summary>
public sealed class PerformanceGateSection
{
    public double? P50Ms { get; set; }
    public double? P95Ms { get; set; }
    public double? P99Ms { get; set; }

    /// <summary>Minimum batch throughput over the holdout (rows per second, median of the runs).</summary>
    public double? MinThroughput { get; set; }
    public double? MaxSizeMb { get; set; }
    public double? MaxLoadMs { get; set; }
    public int Warmup { get; set; } = 20;

    /// <summary>Single-row predictions timed.</summary>
    public int Iterations { get; set; } = 200;

    /// <summary>Batch transforms of the whole holdout timed.</summary>
    public int BatchRuns { get; set; } = 5;
}

/// <summary>Demographic parity and equalized odds of the candidate's holdout predictions across a sensitive column (binary task).</summary>
public sealed class FairnessGateSection
{
    public string Sensitive { get; set; } = "";
    public double MaxDemographicParityDifference { get; set; } = 0.1;
    public double MaxEqualizedOddsDifference { get; set; } = 0.1;

    /// <summary>Groups with fewer holdout rows are reported but not compared (their rates are noise).</summary>
    public int MinGroupSize { get; set; } = 10;
}

/// <summary>Perturbation suite on the holdout rows: seeded noise, missing, out-of-range, unseen and empty values.</summary>
public sealed class RobustnessGateSection
{
    /// <summary>Noise standard deviation as a fraction of each numeric feature's training std.</summary>
    public double Noise { get; set; } = 0.01;
    public double MaxFlipRate { get; set; } = 0.02;

    /// <summary>Regression: bound on the mean absolute change of the prediction under noise.</summary>
    public double? MaxScoreChange { get; set; }
}

/// <summary>Candidate vs the running model on the same holdout rows (and optionally replayed production requests).</summary>
public sealed class ParityGateSection
{
    /// <summary>Minimum share of rows with the same predicted class (classification) or within ±margin (regression replay).</summary>
    public double? MinAgreement { get; set; }

    /// <summary>Accuracy-difference bound (classification) or TOST equivalence margin on predictions (regression).</summary>
    public double? Margin { get; set; }
    public double Alpha { get; set; } = 0.05;

    /// <summary>JSON lines of logged production requests (one object of input columns per line), relative to tollgate.yml.</summary>
    public string? Replay { get; set; }
}
