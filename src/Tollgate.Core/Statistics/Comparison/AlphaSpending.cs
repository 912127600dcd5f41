using MathNet.Numerics.Distributions;

namespace Tollgate.Core.Statistics.Comparison;

/// <summary>
/// Cumulative type I error allowed by information fraction t (one-sided α): Lan–DeMets O'Brien–Fleming type
/// (<c>asOF</c>, α(t) = 2·Φ̄(Φ⁻¹(1 − α/2)/√t), rpact's form), Lan–DeMets Pocock type (<c>asP</c>,
/// α·ln(1 + (e − 1)t)) and the Kim–DeMets power family (<c>asKD</c>, α·t^γ).
/// </summary>
internal sealed record AlphaSpending(string Design, double Alpha, double Gamma = 1)
{
    /// <summary>The designs this type knows, as rpact names them.</summary>
    public static readonly IReadOnlyList<string> Designs = ["asOF", "asP", "asKD"];

    /// <summary>α(t) for 0 &lt; t ≤ 1.</summary>
    public double Spent(double t) => Design switch
    {
        "asOF" => t >= 1 ? Alpha : 2 * Distributions.NormalSf(Normal.InvCDF(0, 1, 1 - (Alpha / 2)) / Math.Sqrt(t)),
        "asP" => t >= 1 ? Alpha : Alpha * Math.Log(1 + ((Math.E - 1) * t)),
        "asKD" => t >= 1 ? Alpha : Alpha * Math.Pow(t, Gamma),
        _ => throw StatGuard.BadParameter($"Unknown spending design '{Design}'.", "Use design=asOF, asP or asKD."),
    };

    /// <summary>Checks α, γ and the design before any computation.</summary>
    public AlphaSpending Validated()
    {
        if (!Designs.Contains(Design))
        {
            throw StatGuard.BadParameter($"Unknown spending design '{Design}'.", "Use design=asOF (O'Brien–Fleming-like), asP (Pocock-like) or asKD (with gamma).");
        }

        if (!(Alpha is > 0 and < 0.5))
        {
            throw StatGuard.BadParameter($"alpha={Alpha} must lie in (0, 0.5).", "Use a one-sided level such as alpha=0.05.");
        }

        if (Design == "asKD" && !(Gamma > 0 && double.IsFinite(Gamma)))
        {
            throw StatGuard.BadParameter($"gamma={Gamma} must be a positive number for asKD.", "Use e.g. gamma=2 (gamma=1 spends in proportion to information).");
        }

        return this;
    }
}
