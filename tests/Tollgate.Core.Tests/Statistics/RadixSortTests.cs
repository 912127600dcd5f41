using NUnit.Framework;
using Tollgate.Core.Statistics;

namespace Tollgate.Core.Tests.Statistics;

[TestFixture]
public sealed class RadixSortTests
{
    [TestCase(1, 100_000)]
    [TestCase(2, 5_000)]
    [TestCase(3, 1_000)]
    public void Sorts_like_array_sort_including_negatives_ties_and_extremes(int seed, int n)
    {
        // Arrange
        var rng = new Random(seed);
        var a = new double[n];
        for (var i = 0; i < n; i++)
        {
            a[i] = (i % 7) switch
            {
                0 => Math.Round((rng.NextDouble() - 0.5) * 10),
                1 => double.MaxValue * (rng.NextDouble() - 0.5),
                2 => double.Epsilon * rng.Next(-3, 4),
                3 => 0.0,
                _ => (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-300, 300)),
            };
        }

        var expected = (double[])a.Clone();
        Array.Sort(expected);

        // Act
        RadixSort.Sort(a);

        // Assert (compared as values: -0.0 and 0.0 are equal)
        Assert.That(a, Is.EqualTo(expected));
    }
}
