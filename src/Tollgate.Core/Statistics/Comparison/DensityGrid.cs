namespace Tollgate.Core.Statistics.Comparison;

/// <summary>
/// Sub-density of Z_k on the continuation region [floor, c_k) at odd-count Simpson nodes: the running state of the
/// recursive integration behind <see cref="GroupSequentialBoundaries"/>.
/// </summary>
internal sealed class DensityGrid
{
    // Node spacing on the z scale: the reference boundaries already agree to 1e-6 with h = 0.02; h = 0.01 cuts Simpson's error 16-fold.
    private const double Step = 0.01;

    private readonly double[] z;
    private readonly double[] weightedDensity;

    private DensityGrid(double[] z, double[] density)
    {
        this.z = z;
        weightedDensity = new double[z.Length];
        var h = z.Length > 1 ? z[1] - z[0] : 0;
        for (var i = 0; i < z.Length; i++)
        {
            var w = i == 0 || i == z.Length - 1 ? 1 : (i % 2 == 1 ? 4 : 2);
            weightedDensity[i] = density[i] * w * h / 3;
        }
    }

    public static DensityGrid FirstLook(double critical, double floor)
    {
        var nodes = Nodes(floor, critical);
        return new DensityGrid(nodes, [.. nodes.Select(Phi)]);
    }

    /// <summary>P(continue to the previous look, then Z_k ≥ c) with Z_k = (√t_{k−1}·u + N(0, Δ))/√t_k.</summary>
    public double CrossingProbability(double tPrevious, double t, double c)
    {
        var sd = Math.Sqrt(t - tPrevious);
        var a = Math.Sqrt(tPrevious);
        var b = Math.Sqrt(t);
        var sum = 0.0;
        for (var i = 0; i < z.Length; i++)
        {
            sum += weightedDensity[i] * Distributions.NormalSf(((c * b) - (z[i] * a)) / sd);
        }

        return sum;
    }

    /// <summary>The density of Z_k restricted to [floor, c_k), from this look's.</summary>
    public DensityGrid Next(double tPrevious, double t, double critical, double floor)
    {
        var sd = Math.Sqrt(t - tPrevious);
        var a = Math.Sqrt(tPrevious);
        var b = Math.Sqrt(t);
        var nodes = Nodes(Math.Min(floor, critical - 1), critical);
        var density = new double[nodes.Length];
        for (var j = 0; j < nodes.Length; j++)
        {
            var sum = 0.0;
            for (var i = 0; i < z.Length; i++)
            {
                sum += weightedDensity[i] * Phi(((nodes[j] * b) - (z[i] * a)) / sd);
            }

            density[j] = sum * b / sd;
        }

        return new DensityGrid(nodes, density);
    }

    private static double[] Nodes(double from, double to)
    {
        var intervals = Math.Max(2, (int)Math.Ceiling((to - from) / Step));
        intervals += intervals % 2; // Simpson needs an even number of intervals
        var h = (to - from) / intervals;
        return [.. Enumerable.Range(0, intervals + 1).Select(i => i == intervals ? to : from + (i * h))];
    }

    private static double Phi(double x) => Math.Exp(-0.5 * x * x) / Math.Sqrt(2 * Math.PI);
}
