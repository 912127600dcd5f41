namespace Tollgate.Core.Config;

/// <summary>Latency, throughput, size and load time of the model as served; unset thresholds are measured but not gated.</summary>
internal sealed class PerformanceGateSection
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
