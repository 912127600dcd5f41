using Tollgate.Core.Statistics;

namespace Tollgate.Core.Tests.Statistics;

/// <summary>Every case of the SciPy/R reference vectors, one test each, judged with the case's own tolerance.</summary>
[TestFixture]
public sealed class ReferenceVectorTests
{
    private static IEnumerable<TestCaseData> AllCases() =>
        VectorCase.Ids().Select(id => new TestCaseData(id).SetName(id));

    [Test]
    public void Holds_all_341_cases()
    {
        // Arrange / Act
        var count = VectorCase.Ids().Count();

        // Assert
        Assert.That(count, Is.EqualTo(341));
    }

    [TestCaseSource(nameof(AllCases))]
    public void Matches_reference(string id)
    {
        // Arrange
        var c = VectorCase.Get(id);

        // Act / Assert
        switch (c.Test)
        {
            case "ks_2samp": Ks(c); break;
            case "psi": Psi(c); break;
            case "jensenshannon_binned": JsBinned(c); break;
            case "jensenshannon":
                c.Check("statistic", JensenShannon.Distance(c.Numbers("p"), c.Numbers("q")));
                break;
            case "wasserstein_1":
                c.Check("statistic", Wasserstein.Test(c.Numbers("a"), c.Numbers("b")).Statistic);
                break;
            case "chi2_homogeneity": Chi2(c); break;
            case "anderson_ksamp": Anderson(c); break;
            case "mannwhitneyu":
                Common(c, MannWhitney.Test(c.Numbers("a"), c.Numbers("b"), c.Param("method"), !c.Params.TryGetProperty("use_continuity", out var uc) || uc.GetBoolean()));
                break;
            case "ttest_welch": Common(c, TTests.Welch(c.Numbers("a"), c.Numbers("b")), "df"); break;
            case "ttest_paired": Common(c, TTests.Paired(c.Numbers("a"), c.Numbers("b")), "df"); break;
            case "wilcoxon_signed_rank":
                var correction = c.Params.TryGetProperty("correction", out var corr) && corr.GetBoolean();
                Common(c, Wilcoxon.SignedRank(c.Numbers("a"), c.Numbers("b"), c.Param("method"), correction), "r_plus", "r_minus", "n_nonzero");
                break;
            case "tost_paired":
                var tost = Tost.Paired(c.Numbers("a"), c.Numbers("b"), double.Parse(c.Param("low"), System.Globalization.CultureInfo.InvariantCulture), double.Parse(c.Param("high"), System.Globalization.CultureInfo.InvariantCulture));
                Common(c, tost, "t_low", "p_low", "t_high", "p_high", "df");
                break;
            case "mcnemar": McNemarCase(c); break;
            case "p_adjust":
                c.CheckList("adjusted", PValueAdjust.Adjust(c.Numbers("p"), c.Param("method")));
                break;
            case "cohens_d": Common(c, EffectSize.CohensD(c.Numbers("a"), c.Numbers("b")), "hedges_g"); break;
            default: Assert.Fail($"unknown test {c.Test}"); break;
        }
    }

    private static void Ks(VectorCase c)
    {
        var method = c.Param("method") switch
        {
            "exact" => KsMethod.Exact,
            "asymp" => KsMethod.Asymp,
            "r_exact" => KsMethod.ExactTies,
            _ => KsMethod.Kolmogorov,
        };
        Common(c, KolmogorovSmirnov.Test(c.Numbers("a"), c.Numbers("b"), method));
    }

    private static void Psi(VectorCase c)
    {
        var r = PopulationStability.Test(c.Numbers("a"), c.Numbers("b"), c.Params.GetProperty("bins").GetInt32(), c.Params.GetProperty("epsilon").GetDouble());
        c.Check("statistic", r.Statistic);
        c.CheckList("edges", (double[])r.Extra["edges"]);
        CheckCounts(c, r);
    }

    private static void JsBinned(VectorCase c)
    {
        var r = JensenShannon.Binned(c.Numbers("a"), c.Numbers("b"), c.Params.GetProperty("bins").GetInt32());
        c.Check("statistic", r.Statistic);
        CheckCounts(c, r);
    }

    private static void CheckCounts(VectorCase c, StatResult r)
    {
        c.CheckList("ref_counts", Array.ConvertAll((long[])r.Extra["ref_counts"], v => (double)v));
        c.CheckList("cur_counts", Array.ConvertAll((long[])r.Extra["cur_counts"], v => (double)v));
    }

    private static void Chi2(VectorCase c)
    {
        var r = ChiSquareHomogeneity.Test(c.Labels("a"), c.Labels("b"));
        Common(c, r, "dof");
        var table = c.Inputs.GetProperty("table");
        var categories = table.GetProperty("categories").EnumerateArray().Select(e => e.GetString()).ToArray();
        Assert.That((string[])r.Extra["categories"], Is.EqualTo(categories));
    }

    private static void Anderson(VectorCase c)
    {
        var samples = c.Inputs.GetProperty("samples").EnumerateArray().Select(VectorCase.ReadNumbers).ToList();
        var r = AndersonDarlingKSample.Test(samples);
        Common(c, r);
        c.CheckList("critical_values", (double[])r.Extra["critical_values"]);
    }

    private static void McNemarCase(VectorCase c)
    {
        var table = c.Inputs.GetProperty("table");
        var b = table[0][1].GetInt64();
        var cc = table[1][0].GetInt64();
        Common(c, McNemar.FromDiscordant(b, cc, c.Param("method") == "exact"));
    }

    private static void Common(VectorCase c, StatResult r, params string[] extra)
    {
        c.Check("statistic", r.Statistic);
        if (c.Expected.TryGetProperty("pvalue", out _))
        {
            c.Check("pvalue", r.PValue);
        }

        foreach (var field in extra)
        {
            if (c.Expected.TryGetProperty(field, out _))
            {
                c.Check(field, r.Get(field));
            }
        }
    }
}
