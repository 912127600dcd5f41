namespace Tollgate.Core.Statistics.Parity;

/// <summary>Agreement (Wilson CI), accuracies, paired accuracy difference CI and McNemar for classifiers.</summary>
internal static class ClassificationParity
{
    public static ParityReport Run(string baseline, string candidate, string task, string?[] b, string?[] c, string?[]? labels, ParityOptions o)
    {
        long agree = 0;
        for (var i = 0; i < b.Length; i++)
        {
            if (b[i] == c[i])
            {
                agree++;
            }
        }

        var (lo, hi) = Proportions.Wilson(agree, b.Length, o.Confidence);
        var metrics = new Dictionary<string, double?>
        {
            ["agreement"] = b.Length == 0 ? null : (double)agree / b.Length,
            ["agreement_low"] = lo,
            ["agreement_high"] = hi,
        };
        if (labels is null)
        {
            var passed = o.Margin is null || lo >= 1 - o.Margin.Value;
            return Report(baseline, candidate, task, b.Length, passed, passed ? "agreement within margin (no labels given)" : $"agreement lower bound {lo:0.####} below 1 − margin", metrics);
        }

        long baseOnly = 0, candOnly = 0, baseRight = 0, candRight = 0;
        for (var i = 0; i < b.Length; i++)
        {
            var br = b[i] is not null && b[i] == labels[i];
            var cr = c[i] is not null && c[i] == labels[i];
            baseRight += br ? 1 : 0;
            candRight += cr ? 1 : 0;
            baseOnly += br && !cr ? 1 : 0;
            candOnly += cr && !br ? 1 : 0;
        }

        var exact = McNemar.FromDiscordant(baseOnly, candOnly, true);
        var chi = McNemar.FromDiscordant(baseOnly, candOnly, false);
        var (diff, dlo, dhi) = Proportions.PairedAccuracyDifference(candOnly, baseOnly, b.Length, o.Confidence);
        metrics["baseline_accuracy"] = (double)baseRight / b.Length;
        metrics["candidate_accuracy"] = (double)candRight / b.Length;
        metrics["accuracy_difference"] = diff;
        metrics["accuracy_difference_low"] = dlo;
        metrics["accuracy_difference_high"] = dhi;
        metrics["mcnemar_exact_statistic"] = N(exact.Statistic);
        metrics["mcnemar_exact_pvalue"] = N(exact.PValue);
        metrics["mcnemar_chi2_statistic"] = N(chi.Statistic);
        metrics["mcnemar_chi2_pvalue"] = N(chi.PValue);

        bool ok;
        string reason;
        if (o.Margin is { } margin)
        {
            ok = dlo >= -margin;
            reason = ok ? $"accuracy difference CI lower bound {dlo:0.####} ≥ −{margin}" : $"accuracy difference CI lower bound {dlo:0.####} < −{margin}";
        }
        else
        {
            var worse = diff < 0 && exact.PValue < o.Alpha;
            ok = !worse;
            reason = ok ? "candidate is not significantly less accurate (McNemar exact)" : $"candidate is significantly less accurate (McNemar exact p = {exact.PValue:0.####})";
        }

        return Report(baseline, candidate, task, b.Length, ok, reason, metrics);
    }

    private static double? N(double v) => double.IsNaN(v) ? null : v;

    private static ParityReport Report(string baseline, string candidate, string task, int rows, bool passed, string reason, Dictionary<string, double?> metrics) =>
        new() { Baseline = baseline, Candidate = candidate, Task = task, Rows = rows, Passed = passed, Reason = reason, Metrics = metrics };
}
