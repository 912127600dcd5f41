namespace Tollgate.Core.Config;

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
