using MathNet.Numerics.Distributions;

namespace Tollgate.Core.Statistics.Comparison;

/// <summary>Checks a confidence level and turns it into the two-sided normal quantile z_c = Φ⁻¹((1 + level)/2).</summary>
internal static class ConfidenceLevel
{
    public static double Quantile(double level) => level is > 0 and < 1
        ? Normal.InvCDF(0, 1, (1 + level) / 2)
        : throw StatGuard.BadParameter($"conf_level={level} is not between 0 and 1.", "Use e.g. conf_level=0.95.");
}
