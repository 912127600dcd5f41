using Tollgate.Core.Statistics;

namespace Tollgate.Core.Tests.Statistics;

[TestFixture]
public sealed class OrderStatisticsTests
{
    [TestCase(1, 1000, 1000)]
    [TestCase(2, 5000, 7)]
    [TestCase(3, 30, 3)]
    [TestCase(4, 100_000, 100_000)]
    public void Places_requested_ranks_exactly_as_a_full_sort(int seed, int n, int distinct)
    {
        // Arrange (few distinct values exercise the three-way partition)
        var rng = new Random(seed);
        var a = Enumerable.Range(0, n).Select(_ => (double)rng.Next(distinct)).ToArray();
        var sorted = a.OrderBy(v => v).ToArray();
        int[] ranks = [0, n / 10, (n / 10) + 1, n / 2, (n / 2) + 1, n - 2, n - 1];

        // Act
        OrderStatistics.Select(a, ranks);

        // Assert
        Assert.That(ranks.Select(r => a[r]), Is.EqualTo(ranks.Select(r => sorted[r])));
    }
}
