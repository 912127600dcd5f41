namespace Tollgate.Core.Statistics.Drift;

/// <summary>
/// A confidence interval for a column's drift effect size. PSI and Jensen–Shannon (binned counts): n_eff × the
/// divergence is approximately noncentral χ²(bins − 1, λ), n_eff = n_ref·n_cur/(n_ref + n_cur); the interval for λ
/// (which also absorbs the estimator's upward bias at small n) is mapped back. KS D: the Dvoretzky–Kiefer–Wolfowitz
/// bound on both ECDFs, distribution-free. Wasserstein has no interval here.
/// </summary>
internal static class EffectInterval
{
    public static (double Lower, double Upper, string Method)? For(ColumnDrift c, double alpha)
    {
        if (c.EffectSize is not { } effect || c.ReferenceRows < 1 || c.CurrentRows < 1)
        {
            return null;
        }

        double n1 = c.ReferenceRows, n2 = c.CurrentRows;
        switch (c.EffectMetric)
        {
            case "ks":
                // P(sup|F̂ − F| > ε) ≤ 2·exp(−2nε²) for each sample; α/2 each gives joint coverage 1 − α.
                var epsilon = Math.Sqrt(Math.Log(4 / alpha) / (2 * n1)) + Math.Sqrt(Math.Log(4 / alpha) / (2 * n2));
                return (Math.Max(0, effect - epsilon), Math.Min(1, effect + epsilon), "dkw");
            case "psi" or "jensen-shannon" when c.Histogram is { } h:
                var bins = h.ReferenceCounts.Zip(h.CurrentCounts).Count(p => p.First + p.Second > 0);
                if (bins < 2)
                {
                    return (0, 0, "noncentral-chi-square");
                }

                var nEff = n1 * n2 / (n1 + n2);
                // On the χ² scale: PSI ≈ Σ(p − q)²/m; JS divergence (nats) ≈ Σ(p − q)²/(8m), and the JS distance is its square root in bits.
                var scale = c.EffectMetric == "psi" ? 1.0 : 8 * Math.Log(2);
                double ToChi(double e) => c.EffectMetric == "psi" ? e : e * e * scale;
                double FromChi(double d) => c.EffectMetric == "psi" ? d : Math.Sqrt(d / scale);
                var (lo, hi) = NoncentralChiSquare.LambdaInterval(nEff * ToChi(effect), bins - 1, alpha);
                return (FromChi(lo / nEff), FromChi(hi / nEff), "noncentral-chi-square");
            default:
                return null;
        }
    }

    /// <summary>drifted when the interval lies above the threshold, stable when below, inconclusive when it straddles it.</summary>
    public static string Verdict(double lower, double upper, double threshold) =>
        lower > threshold ? DriftVerdict.Drifted : upper < threshold ? DriftVerdict.Stable : DriftVerdict.Inconclusive;
}
