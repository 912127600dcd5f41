using Tollgate.Core.Config;
using Tollgate.Core.Environments.Rollout.Canary;

namespace Tollgate.Core.Tests.Environments.Rollout.Canary;

/// <summary>
/// Seeded canaries for the judge's simulation tests: each step sends a fixed number of requests, split by the planned
/// share, and every request fails independently with its deployment's error rate (exact binomial counts).
/// </summary>
internal sealed class SimulatedCanary(double[] stepsPercent, long requestsPerStep, double baselineErrorRate, double candidateErrorRate)
{
    public double[] Steps => stepsPercent;

    /// <summary>Cumulative (candidate, baseline) counts after each step of one canary.</summary>
    public List<(ArmCounts Candidate, ArmCounts Baseline)> Run(Random random)
    {
        var result = new List<(ArmCounts, ArmCounts)>();
        long n1 = 0, x1 = 0, n2 = 0, x2 = 0;
        foreach (var step in stepsPercent)
        {
            var candidate = (long)Math.Round(requestsPerStep * step / 100);
            var baseline = requestsPerStep - candidate;
            n1 += candidate;
            x1 += Binomial(random, candidate, candidateErrorRate);
            n2 += baseline;
            x2 += Binomial(random, baseline, baselineErrorRate);
            result.Add((new ArmCounts(n1, x1), new ArmCounts(n2, x2)));
        }

        return result;
    }

    /// <summary>Runs the judge over one canary: the index of the step that stopped it, or −1 when it passed.</summary>
    public static int Judge(CanaryJudgeSection options, double[] steps, List<(ArmCounts Candidate, ArmCounts Baseline)> counts, BoundaryCache cache)
    {
        var judge = new CanaryJudge(options, steps, cache);
        for (var k = 0; k < steps.Length; k++)
        {
            var look = judge.Judge(k, counts[k].Candidate, counts[k].Baseline);
            if (!look.Proceeds)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Exact binomial draw by geometric gaps between failures: about n·p iterations.</summary>
    private static long Binomial(Random random, long n, double p)
    {
        if (p <= 0 || n == 0)
        {
            return 0;
        }

        var logQ = Math.Log(1 - p);
        long successes = 0, position = 0;
        while (true)
        {
            position += (long)Math.Floor(Math.Log(1 - random.NextDouble()) / logQ) + 1;
            if (position > n)
            {
                return successes;
            }

            successes++;
        }
    }
}
