namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>
/// Request latencies by bucket: <see cref="Counts"/>[i] requests took at most <see cref="Bounds"/>[i] ms (and more than the
/// bound before it); the last count is above the last bound. Both deployments must use the same bounds.
/// </summary>
internal sealed record LatencyHistogram(double[] Bounds, long[] Counts)
{
    public long Total => Counts.Sum();

    /// <summary>The median by linear interpolation inside its bucket (the first bucket starts at 0; above the last bound, the bound).</summary>
    public double Median()
    {
        var half = Total / 2.0;
        double seen = 0;
        for (var i = 0; i < Counts.Length; i++)
        {
            if (seen + Counts[i] >= half && Counts[i] > 0)
            {
                if (i == Bounds.Length)
                {
                    return Bounds[^1];
                }

                var low = i == 0 ? 0 : Bounds[i - 1];
                return low + ((Bounds[i] - low) * (half - seen) / Counts[i]);
            }

            seen += Counts[i];
        }

        return double.NaN;
    }
}
