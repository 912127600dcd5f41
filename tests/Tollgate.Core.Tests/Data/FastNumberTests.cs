using System.Globalization;
using System.Text;
using NUnit.Framework;
using Tollgate.Core.Data;

namespace Tollgate.Core.Tests.Data;

[TestFixture]
public sealed class FastNumberTests
{
    [Test]
    public void Agrees_bit_for_bit_with_double_parse_on_random_decimals()
    {
        // Arrange
        var rng = new Random(42);
        var formats = new[] { "F6", "F3", "F9", "R", "E5", "G17" };

        for (var i = 0; i < 200_000; i++)
        {
            var v = (rng.NextDouble() - 0.5) * Math.Pow(10, rng.Next(-8, 9));
            var text = v.ToString(formats[i % formats.Length], CultureInfo.InvariantCulture);

            // Act
            var fast = FastNumber.TryParse(Encoding.ASCII.GetBytes(text), out var parsed);

            // Assert (when the fast path declines, the caller falls back to double.Parse)
            if (fast)
            {
                Assert.That(BitConverter.DoubleToInt64Bits(parsed), Is.EqualTo(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture))), text);
            }
        }
    }

    [TestCase("1e400")]
    [TestCase("12345678901234567890")]
    [TestCase("abc")]
    [TestCase("1.5.2")]
    [TestCase("")]
    [TestCase("-")]
    public void Declines_inputs_outside_the_exact_fast_path(string text)
    {
        // Act
        var fast = FastNumber.TryParse(Encoding.ASCII.GetBytes(text), out _);

        // Assert
        Assert.That(fast, Is.False);
    }
}
