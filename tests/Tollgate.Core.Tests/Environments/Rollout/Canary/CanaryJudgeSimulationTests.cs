using Tollgate.Core.Config;
using Tollgate.Core.Environments.Rollout.Canary;

namespace Tollgate.Core.Tests.Environments.Rollout.Canary;

/// <summary>
/// Seeded simulations of whole canaries over steps 5/10/25/50/100 %: 20-minute steps of a service at 2 requests/s
/// (2,400 requests per step, split by the planned share) or, for power, a quieter one at 0.67 requests/s (800);
/// baseline error rate 2 %, binomial errors. Each simulation takes about a second.
/// </summary>
[TestFixture]
public sealed class CanaryJudgeSimulationTests
{
    private const double Alpha = 0.05;
    private static readonly double[] Steps = [5, 10, 25, 50, 100];

    [Test]
    public void Two_thousand_AA_canaries_fail_at_most_alpha_plus_one_point_while_a_naive_per_step_test_fails_far_more()
    {
        // Arrange: candidate exactly as good as the baseline.
        var canary = new SimulatedCanary(Steps, 2400, 0.02, 0.02);
        var options = new CanaryJudgeSection { Alpha = Alpha, MinRequests = 100 };
        var cache = new BoundaryCache();
        var random = new Random(20261129);
        int judged = 0, naive = 0;
        const int runs = 2000;

        // Act
        for (var i = 0; i < runs; i++)
        {
            var counts = canary.Run(random);
            judged += SimulatedCanary.Judge(options, Steps, counts, cache) >= 0 ? 1 : 0;
            naive += counts.Any(c => NaiveZ(c.Candidate, c.Baseline) >= 1.6448536269514722) ? 1 : 0;
        }

        // Assert
        var judgedRate = (double)judged / runs;
        var naiveRate = (double)naive / runs;
        TestContext.Out.WriteLine($"A/A false alarms: sequential judge {judgedRate:P2}, naive per-step z test {naiveRate:P2}");
        Assert.That(judgedRate, Is.LessThanOrEqualTo(Alpha + 0.01), "group sequential judge");
        Assert.That(naiveRate, Is.GreaterThanOrEqualTo(Alpha + 0.03), "a naive test at alpha on every step inflates false alarms");
        Assert.That(naiveRate, Is.GreaterThan(judgedRate + 0.03));
    }

    [Test]
    public void A_two_point_error_rate_regression_is_caught_by_the_last_step_with_power_of_at_least_80_percent()
    {
        // Arrange: candidate fails 4 % of requests instead of 2 %, on the quieter service (40 candidate requests in step 1).
        var canary = new SimulatedCanary(Steps, 800, 0.02, 0.04);
        var options = new CanaryJudgeSection { Alpha = Alpha, MinRequests = 40 };
        var cache = new BoundaryCache();
        var random = new Random(42);
        const int runs = 1000;

        // Act
        var caught = Enumerable.Range(0, runs).Count(_ => SimulatedCanary.Judge(options, Steps, canary.Run(random), cache) >= 0);

        // Assert
        var power = (double)caught / runs;
        TestContext.Out.WriteLine($"power against +2 points: {power:P1}");
        Assert.That(power, Is.GreaterThanOrEqualTo(0.80));
    }

    [Test]
    public void Pocock_spending_also_keeps_the_AA_false_alarm_rate()
    {
        // Arrange
        var canary = new SimulatedCanary(Steps, 2400, 0.02, 0.02);
        var options = new CanaryJudgeSection { Alpha = Alpha, MinRequests = 100, Spending = "pocock" };
        var cache = new BoundaryCache();
        var random = new Random(7);
        const int runs = 2000;

        // Act
        var failed = Enumerable.Range(0, runs).Count(_ => SimulatedCanary.Judge(options, Steps, canary.Run(random), cache) >= 0);

        // Assert
        Assert.That((double)failed / runs, Is.LessThanOrEqualTo(Alpha + 0.01));
    }

    /// <summary>What a per-interval judge does: a one-sided pooled z test at α on every look, no correction.</summary>
    private static double NaiveZ(ArmCounts candidate, ArmCounts baseline)
    {
        double n1 = candidate.Requests, n2 = baseline.Requests;
        var pooled = (candidate.Errors + baseline.Errors) / (n1 + n2);
        var variance = pooled * (1 - pooled) * ((1 / n1) + (1 / n2));
        return variance > 0 ? ((candidate.Errors / n1) - (baseline.Errors / n2)) / Math.Sqrt(variance) : 0;
    }
}
