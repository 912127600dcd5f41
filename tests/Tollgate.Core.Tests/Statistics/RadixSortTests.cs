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

    [TestCase("normal", 3_000_000)]
    [TestCase("narrow", 2_000_000)]
    [TestCase("ties", 1_500_000)]
    [TestCase("one-heavy-value", 1_200_000)]
    [TestCase("constant", 100_000)]
    [TestCase("uniform-bits", 1_000_000)]
    public void Sorts_large_and_skewed_samples_like_array_sort(string shape, int n)
    {
        // Arrange: shapes that put most keys in one MSD bucket exercise the recursive split and the bounded scratch.
        var rng = new Random(n);
        var a = new double[n];
        for (var i = 0; i < n; i++)
        {
            a[i] = shape switch
            {
                "normal" => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble()),
                "narrow" => 1 + (rng.NextDouble() * 1e-9),
                "ties" => rng.Next(-50, 50) / 4.0,
                "one-heavy-value" => rng.Next(10) == 0 ? rng.NextDouble() * 1e6 : 42.0,
                "constant" => -3.5,
                _ => BitConverter.Int64BitsToDouble(rng.NextInt64() & 0x7FEF_FFFF_FFFF_FFFF) * (rng.Next(2) == 0 ? -1 : 1),
            };
        }

        var expected = (double[])a.Clone();
        Array.Sort(expected);

        // Act
        RadixSort.Sort(a);

        // Assert
        Assert.That(a, Is.EqualTo(expected));
    }
}
