namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>
/// What the serving system observed for one deployment since the canary began (cumulative): requests, errors and,
/// optionally, a uniform sample of request latencies in milliseconds or a latency histogram.
/// </summary>
internal sealed record ArmCounts(long Requests, long Errors, double[]? LatencyMs = null, LatencyHistogram? Histogram = null)
{
    public double ErrorRate => Requests > 0 ? (double)Errors / Requests : double.NaN;
}
