using Tollgate.Core.Config;
using Tollgate.Core.Environments.Rollout.Canary;

namespace Tollgate.Core.Tests.Environments.Rollout.Canary;

[TestFixture]
public sealed class CanaryJudgeTests
{
    private static readonly double[] Steps = [10, 50, 100];

    private static CanaryJudge Judge(CanaryJudgeSection? options = null) => new(options ?? new CanaryJudgeSection { MinRequests = 100 }, Steps);

    [Test]
    public void A_traffic_split_far_from_the_plan_stops_the_canary_as_a_sample_ratio_mismatch()
    {
        // Arrange: step 1 plans 10 % for the candidate but it got half the requests.
        var judge = Judge();

        // Act
        var look = judge.Judge(0, new ArmCounts(5000, 50), new ArmCounts(5000, 50));

        // Assert
        Assert.That(look.Decision, Is.EqualTo(CanaryDecision.SampleRatioMismatch));
        Assert.That(look.SrmPValue, Is.LessThan(1e-100));
        Assert.That(look.Proceeds, Is.False);
    }

    [Test]
    public void Too_little_traffic_is_inconclusive_and_spends_no_alpha()
    {
        // Arrange
        var judge = Judge(new CanaryJudgeSection { MinRequests = 1000 });

        // Act: 900 candidate requests, then 1,100 once more traffic arrived (cumulative).
        var early = judge.Judge(0, new ArmCounts(90, 1), new ArmCounts(810, 8));
        var later = judge.Judge(0, new ArmCounts(1100, 11), new ArmCounts(9900, 99));

        // Assert
        Assert.That(early.Decision, Is.EqualTo(CanaryDecision.Inconclusive));
        Assert.That(early.Reason, Does.Contain("too little traffic"));
        Assert.That(early.InformationFraction, Is.Null);
        Assert.That(later.Decision, Is.EqualTo(CanaryDecision.Continue));
        Assert.That(later.InformationFraction, Is.EqualTo(CanaryPlanFraction(0)).Within(1e-12), "first look at the planned fraction");
    }

    [Test]
    public void Counts_that_go_down_are_untrustworthy()
    {
        // Arrange
        var judge = Judge();
        judge.Judge(0, new ArmCounts(1000, 10), new ArmCounts(9000, 90));

        // Act
        var look = judge.Judge(1, new ArmCounts(900, 10), new ArmCounts(9500, 95));

        // Assert
        Assert.That(look.Decision, Is.EqualTo(CanaryDecision.Untrustworthy));
        Assert.That(look.Reason, Does.Contain("cumulative"));
    }

    [Test]
    public void A_clear_regression_at_the_first_look_reaches_the_boundary_and_reports_a_newcombe_interval()
    {
        // Arrange: 10 % errors on the candidate, 1 % on the baseline.
        var judge = Judge();

        // Act
        var look = judge.Judge(0, new ArmCounts(2000, 200), new ArmCounts(18000, 180));

        // Assert
        Assert.That(look.Decision, Is.EqualTo(CanaryDecision.Regression));
        Assert.That(look.ErrorStatistic, Is.GreaterThanOrEqualTo(look.Boundary!.Value));
        Assert.That(look.DifferenceLower, Is.GreaterThan(0.07));
        Assert.That(look.DifferenceUpper, Is.LessThan(0.11));
    }

    [Test]
    public void The_last_look_spends_the_rest_of_alpha_and_passes_when_nothing_is_wrong()
    {
        // Arrange
        var judge = Judge();
        judge.Judge(0, new ArmCounts(1000, 10), new ArmCounts(9000, 90));
        judge.Judge(1, new ArmCounts(6000, 60), new ArmCounts(14000, 140));

        // Act
        var look = judge.Judge(2, new ArmCounts(16000, 160), new ArmCounts(14000, 140));

        // Assert
        Assert.That(look.Decision, Is.EqualTo(CanaryDecision.Pass));
        Assert.That(look.InformationFraction, Is.EqualTo(1));
        Assert.That(look.Boundary, Is.EqualTo(1.6629).Within(0.05), "close to the fixed-sample 1.645 under O'Brien-Fleming spending");
    }

    [Test]
    public void With_a_margin_the_last_look_is_inconclusive_until_the_interval_fits_inside_it()
    {
        // Arrange
        var options = new CanaryJudgeSection { MinRequests = 100, MaxErrorRateIncrease = 0.001 };
        var judge = Judge(options);
        judge.Judge(0, new ArmCounts(1000, 10), new ArmCounts(9000, 90));
        judge.Judge(1, new ArmCounts(6000, 60), new ArmCounts(14000, 140));

        // Act
        var look = judge.Judge(2, new ArmCounts(16000, 160), new ArmCounts(14000, 140));

        // Assert
        Assert.That(look.Decision, Is.EqualTo(CanaryDecision.Inconclusive));
        Assert.That(look.Reason, Does.Contain("within 0.001"));
    }

    [Test]
    public void Latency_is_judged_by_a_rank_test_when_configured()
    {
        // Arrange: candidate 30 ms slower on every request.
        var judge = Judge(new CanaryJudgeSection { MinRequests = 100, Latency = true });
        var random = new Random(3);
        double[] Sample(double shift) => [.. Enumerable.Range(0, 400).Select(_ => 100 + shift + (20 * random.NextDouble()))];

        // Act
        var look = judge.Judge(0, new ArmCounts(1000, 10, Sample(30)), new ArmCounts(9000, 90, Sample(0)));

        // Assert
        Assert.That(look.Decision, Is.EqualTo(CanaryDecision.Regression));
        Assert.That(look.Reason, Does.Contain("latency"));
        Assert.That(look.MedianLatencyDifferenceMs, Is.EqualTo(30).Within(3));
    }

    [Test]
    public void Latency_histograms_are_judged_as_tied_ranks_within_buckets()
    {
        // Arrange: the same bucket bounds; the candidate's requests sit one bucket higher.
        var judge = Judge(new CanaryJudgeSection { MinRequests = 100, Latency = true });
        double[] bounds = [50, 100, 200, 400];
        var candidate = new LatencyHistogram(bounds, [10, 100, 700, 150, 40]);
        var baseline = new LatencyHistogram(bounds, [90, 6300, 2400, 180, 30]);

        // Act
        var look = judge.Judge(0, new ArmCounts(1000, 10, null, candidate), new ArmCounts(9000, 90, null, baseline));

        // Assert
        Assert.That(look.Decision, Is.EqualTo(CanaryDecision.Regression));
        Assert.That(look.LatencyStatistic, Is.GreaterThan(10));
        Assert.That(look.MedianLatencyDifferenceMs, Is.GreaterThan(50), "interpolated medians ~157 ms vs ~88 ms");
    }

    private static double CanaryPlanFraction(int k)
    {
        // Equal-length steps of 10/50/100 %: cumulative candidate 0.1, 0.6, 1.6 and baseline 0.9, 1.4, 1.4 shares.
        double[] candidate = [0.1, 0.6, 1.6], baseline = [0.9, 1.4, 1.4];
        double Info(int i) => candidate[i] * baseline[i] / (candidate[i] + baseline[i]);
        return Info(k) / Info(2);
    }
}
