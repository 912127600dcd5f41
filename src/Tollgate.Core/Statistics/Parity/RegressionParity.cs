namespace Tollgate.Core.Statistics.Parity;

/// <summary>Paired t, Wilcoxon signed-rank, TOST within ±margin, absolute differences and KS for scores.</summary>
internal static class RegressionParity
{
    public static ParityReport Run(string baseline, string candidate, double[] b, double[] c, ParityOptions o)
    {
        double sumAbs = 0, maxAbs = 0;
        for (var i = 0; i < b.Length; i++)
        {
            var d = Math.Abs(c[i] - b[i]);
            sumAbs += d;
            maxAbs = Math.Max(maxAbs, d);
        }

        var t = TTests.Paired(c, b);
        var w = Wilcoxon.SignedRank(c, b, "auto", correction: true);
        var ks = KolmogorovSmirnov.Test(b, c);
        var metrics = new Dictionary<string, double?>
        {
            ["mean_abs_difference"] = b.Length == 0 ? null : sumAbs / b.Length,
            ["max_abs_difference"] = maxAbs,
            ["paired_t_statistic"] = N(t.Statistic),
            ["paired_t_pvalue"] = N(t.PValue),
            ["wilcoxon_statistic"] = N(w.Statistic),
            ["wilcoxon_pvalue"] = N(w.PValue),
            ["ks_d"] = ks.Statistic,
            ["ks_pvalue"] = N(ks.PValue),
        };

        bool ok;
        string reason;
        if (o.Margin is { } margin)
        {
            if (maxAbs == 0)
            {
                ok = true;
                reason = "predictions are identical";
            }
            else
            {
                var tost = Tost.Paired(c, b, -margin, margin);
                metrics["tost_pvalue"] = N(tost.PValue);
                ok = tost.PValue < o.Alpha || (double.IsNaN(tost.PValue) && maxAbs <= margin);
                reason = ok ? $"equivalent within ±{margin} (TOST p = {tost.PValue:0.####})" : $"not shown equivalent within ±{margin} (TOST p = {tost.PValue:0.####})";
            }
        }
        else
        {
            ok = !(t.PValue < o.Alpha);
            reason = ok ? "no significant mean difference (paired t)" : $"significant mean difference (paired t p = {t.PValue:0.####})";
        }

        return new ParityReport { Baseline = baseline, Candidate = candidate, Task = "regression", Rows = b.Length, Passed = ok, Reason = reason, Metrics = metrics };
    }

    private static double? N(double v) => double.IsNaN(v) ? null : v;
}
