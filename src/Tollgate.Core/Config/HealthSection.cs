namespace Tollgate.Core.Config;

/// <summary>Where live health numbers come from and what they must satisfy.</summary>
internal sealed class HealthSection
{
    /// <summary>A JSON or CSV file (metric,value) or an http(s) URL returning JSON.</summary>
    public string Source { get; set; } = "";

    /// <summary>Conditions such as <c>error_rate &lt;= 0.01</c> or <c>latency_p95 &lt;= 250</c>.</summary>
    public List<string> Thresholds { get; set; } = [];

    /// <summary>Optional comparative judge of candidate vs baseline counts per step (needs per-deployment counts in the source).</summary>
    public CanaryJudgeSection? Judge { get; set; }
}
