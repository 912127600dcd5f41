using BenchmarkDotNet.Attributes;
using Tollgate.Core.Statistics;

namespace Tollgate.Benchmarks;

/// <summary>KS, PSI, Wasserstein and chi-square on two samples of N values each (N = 1e5, 1e6, 1e7).</summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class StatisticsBenchmarks
{
    private double[] a = [];
    private double[] b = [];
    private string[] ca = [];
    private string[] cb = [];

    [Params(100_000, 1_000_000, 10_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        a = BenchData.Normal(N, 0, 1);
        b = BenchData.Normal(N, 0.01, 2);
        ca = BenchData.Categories(N, 20, 3);
        cb = BenchData.Categories(N, 20, 4);
    }

    [Benchmark]
    public double KolmogorovSmirnovAsymp() => KolmogorovSmirnov.Test(a, b, KsMethod.Auto).PValue;

    [Benchmark]
    public double Psi() => PopulationStability.Test(a, b).Statistic;

    [Benchmark]
    public double Wasserstein1() => Wasserstein.Test(a, b).Statistic;

    [Benchmark]
    public double ChiSquare() => ChiSquareHomogeneity.Test(ca, cb).PValue;
}
