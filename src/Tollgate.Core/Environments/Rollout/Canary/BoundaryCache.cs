using Tollgate.Core.Statistics.Comparison;

namespace Tollgate.Core.Environments.Rollout.Canary;

/// <summary>
/// Remembers boundaries by information fractions and spending, so repeated looks with the same traffic (a re-read
/// while waiting, or many simulated canaries) integrate once. One instance per owner; nothing static.
/// </summary>
internal sealed class BoundaryCache
{
    private readonly Dictionary<string, double[]> known = new(StringComparer.Ordinal);

    /// <summary>c_1..c_k for the looks so far.</summary>
    public double[] Boundaries(IReadOnlyList<double> rates, AlphaSpending spending)
    {
        ArgumentNullException.ThrowIfNull(spending);
        var key = $"{spending.Design}|{spending.Alpha:R}|{spending.Gamma:R}|{string.Join(",", rates.Select(r => r.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}";
        if (!known.TryGetValue(key, out var c))
        {
            c = GroupSequentialBoundaries.ComputeSoFar(rates, spending).CriticalValues;
            known[key] = c;
        }

        return c;
    }
}
