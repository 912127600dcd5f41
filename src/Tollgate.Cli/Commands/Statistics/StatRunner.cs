using Tollgate.Core.Errors;
using Tollgate.Core.Statistics;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>Maps a <c>tollgate stat TEST</c> request onto the Core test and its parameters.</summary>
internal static class StatRunner
{
    public static readonly IReadOnlyDictionary<string, string[]> Parameters = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["ks"] = ["method"],
        ["psi"] = ["bins", "epsilon"],
        ["wasserstein"] = [],
        ["jensen-shannon"] = ["bins"],
        ["chi2"] = [],
        ["anderson-ksamp"] = [],
        ["mann-whitney"] = ["method", "use_continuity"],
        ["welch-t"] = [],
        ["paired-t"] = [],
        ["wilcoxon"] = ["method", "correction"],
        ["tost"] = ["low", "high"],
        ["cohens-d"] = [],
        ["mcnemar"] = ["method"],
        ["adjust"] = ["method"],
        ["delong"] = ["conf_level"],
        ["gst-boundaries"] = ["looks", "alpha", "design", "gamma"],
        ["srm"] = ["counts", "ratios"],
        ["prop-diff"] = ["x1", "n1", "x2", "n2", "method", "conf_level"],
    };

    public static StatResult Run(StatRequest r)
    {
        if (!Parameters.TryGetValue(r.Test, out var allowed))
        {
            throw new TollgateException(ErrorCodes.StatParameterInvalid, $"Unknown test '{r.Test}'.", $"Tests: {string.Join(", ", Parameters.Keys)}.");
        }

        var p = new StatParams(r.Test, r.Params, allowed);
        if (ComparisonStatRunner.Handles(r.Test))
        {
            return ComparisonStatRunner.Run(r, p);
        }

        double[] A() => StatInputs.Numbers(StatInputs.Require(r.A, "--a"), r.Column);
        double[] B() => StatInputs.Numbers(StatInputs.Require(r.B, "--b"), r.Column);
        (double[] A, double[] B) Both() => StatInputs.NumberPair(StatInputs.Require(r.A, "--a"), StatInputs.Require(r.B, "--b"), r.Column);

        // The large-sample tests read both files at once and sort or select in the arrays they own: no copies.
        return r.Test switch
        {
            "ks" => Ks(KsMethodOf(p.Text("method", "auto", "auto", "exact", "asymp", "exact-ties", "kolmogorov")), Both),
            "psi" => Psi(p.Integer("bins", 10), p.Number("epsilon", 1e-4), Both),
            "wasserstein" => WassersteinOf(Both),
            "jensen-shannon" => JensenShannon.Binned(A(), B(), p.Integer("bins", 10)),
            "chi2" => ChiSquareHomogeneity.Test(
                StatInputs.Labels(StatInputs.Require(r.A, "--a"), r.Column),
                StatInputs.Labels(StatInputs.Require(r.B, "--b"), r.Column)),
            "anderson-ksamp" => AndersonDarlingKSample.Test(Samples(r)),
            "mann-whitney" => MannWhitney.Test(A(), B(), p.Text("method", "auto", "auto", "asymptotic", "exact"), p.Flag("use_continuity", true)),
            "welch-t" => TTests.Welch(A(), B()),
            "paired-t" => TTests.Paired(A(), B()),
            "wilcoxon" => Wilcoxon.SignedRank(A(), B(), p.Text("method", "auto", "auto", "approx", "exact"), p.Flag("correction", false)),
            "tost" => Tost.Paired(A(), B(), p.Number("low", null), p.Number("high", null)),
            "cohens-d" => EffectSize.CohensD(A(), B()),
            "mcnemar" => McNemar.FromCorrectness(A(), B(), p.Text("method", "exact", "exact", "chi2-continuity") == "exact"),
            _ => Adjust(StatInputs.NumbersOrNone(StatInputs.Require(r.A, "--a"), r.Column), p.Text("method", "holm", "bonferroni", "holm", "bh")),
        };
    }

    // Parameters are checked before the (possibly large) files are read, so a typo fails at once.
    private static StatResult Ks(KsMethod method, Func<(double[] A, double[] B)> load)
    {
        var (a, b) = load();
        return KolmogorovSmirnov.TestInPlace(a, b, method);
    }

    private static StatResult Psi(int bins, double epsilon, Func<(double[] A, double[] B)> load)
    {
        var (a, b) = load();
        return PopulationStability.TestInPlace(a, b, bins, epsilon);
    }

    private static StatResult WassersteinOf(Func<(double[] A, double[] B)> load)
    {
        var (a, b) = load();
        return Wasserstein.TestInPlace(a, b);
    }

    private static List<double[]> Samples(StatRequest r)
    {
        var files = new List<string>();
        if (r.A is not null)
        {
            files.Add(r.A);
        }

        if (r.B is not null)
        {
            files.Add(r.B);
        }

        files.AddRange(r.Samples);
        return files.Select(f => StatInputs.Numbers(f, r.Column)).ToList();
    }

    private static StatResult Adjust(double[] p, string method) =>
        new("adjust", double.NaN, double.NaN, new Dictionary<string, object> { ["method"] = method, ["adjusted"] = PValueAdjust.Adjust(p, method) });

    private static KsMethod KsMethodOf(string m) => m switch
    {
        "exact" => KsMethod.Exact,
        "asymp" => KsMethod.Asymp,
        "exact-ties" => KsMethod.ExactTies,
        "kolmogorov" => KsMethod.Kolmogorov,
        _ => KsMethod.Auto,
    };
}
