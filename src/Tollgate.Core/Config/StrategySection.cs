namespace Tollgate.Core.Config;

/// <summary>How a promotion rolls out: direct, canary steps, blue-green or shadow, with health checks.</summary>
internal sealed class StrategySection
{
    public string Kind { get; set; } = "direct";

    /// <summary>Canary traffic percentages, ascending, ending at 100.</summary>
    public List<double> Steps { get; set; } = [10, 50, 100];

    /// <summary>Seconds to wait before each health check (lets traffic reach the new model).</summary>
    public double Interval { get; set; }

    public HealthSection? Health { get; set; }

    /// <summary>Shadow: JSON lines of the requests mirrored to the candidate (logged by the serving system).</summary>
    public string? Mirror { get; set; }

    /// <summary>Shadow: share of mirrored requests on which candidate and running model must agree.</summary>
    public double MinAgreement { get; set; } = 0.95;
}
