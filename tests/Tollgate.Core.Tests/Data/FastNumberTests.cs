using System.Globalization;
using System.Text;
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

            // Act + Assert (when the fast path declines, the caller falls back to double.Parse)
            AssertSameBitsWhenAccepted(text);
        }
    }

    [TestCase("R")]
    [TestCase("G17")]
    [TestCase("E16")]
    [TestCase("G19")]
    public void Round_trips_every_finite_double_from_random_bits_exactly(string format)
    {
        // Arrange: uniformly random bit patterns cover every exponent, subnormals and both signs.
        var rng = new Random(format.GetHashCode(StringComparison.Ordinal) & 0x7fff);
        var accepted = 0;
        const int Count = 1_000_000;

        for (var i = 0; i < Count; i++)
        {
            var v = BitConverter.Int64BitsToDouble(rng.NextInt64() ^ ((long)rng.Next(2) << 63));
            if (!double.IsFinite(v))
            {
                continue;
            }

            var text = v.ToString(format, CultureInfo.InvariantCulture);

            // Act
            accepted += AssertSameBitsWhenAccepted(text) ? 1 : 0;
        }

        // Assert: declines are only the subnormal / out-of-table tail (≈ 1%), never the bulk.
        Assert.That(accepted, Is.GreaterThan(Count * 0.95), "the fast path declined too often");
    }

    [Test]
    public void Takes_the_fast_path_for_numpy_style_17_digit_values_and_matches_double_parse()
    {
        // Arrange: N(0,1)-like values written as Python's repr (shortest round-trip) and '%.17g' do.
        var rng = new Random(7);
        var declined = 0;

        for (var i = 0; i < 2_000_000; i++)
        {
            var v = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble()) * Math.Pow(10, rng.Next(-6, 7));
            var text = v.ToString(i % 2 == 0 ? "R" : "G17", CultureInfo.InvariantCulture);

            // Act
            declined += AssertSameBitsWhenAccepted(text) ? 0 : 1;
        }

        // Assert
        Assert.That(declined, Is.Zero, "17-digit values must not miss the fast path");
    }

    [Test]
    public void Matches_double_parse_on_random_digit_strings_with_exponents_and_leading_zeros()
    {
        // Arrange: 1–19 significant digits, a decimal point anywhere, leading zeros, exponents −340..340.
        var rng = new Random(11);
        var sb = new StringBuilder();
        for (var i = 0; i < 1_000_000; i++)
        {
            sb.Clear();
            if (rng.Next(2) == 0)
            {
                sb.Append('-');
            }

            sb.Append('0', rng.Next(0, 3));
            var digits = rng.Next(1, 20);
            var point = rng.Next(0, digits + 1);
            for (var d = 0; d < digits; d++)
            {
                if (d == point)
                {
                    sb.Append('.').Append('0', rng.Next(0, 4));
                }

                sb.Append((char)('0' + rng.Next(10)));
            }

            if (rng.Next(3) > 0)
            {
                sb.Append(rng.Next(2) == 0 ? 'e' : 'E').Append(rng.Next(3) switch { 0 => "-", 1 => "+", _ => string.Empty }).Append(rng.Next(0, 341));
            }

            // Act + Assert
            AssertSameBitsWhenAccepted(sb.ToString());
        }
    }

    [TestCase("9007199254740993")] // 2^53 + 1: exactly halfway, ties to even
    [TestCase("9007199254740995")]
    [TestCase("2.2250738585072011e-308")] // just below the smallest normal
    [TestCase("2.2250738585072014e-308")]
    [TestCase("4.9406564584124654e-324")] // smallest subnormal
    [TestCase("1.7976931348623157e308")]
    [TestCase("1.7976931348623159e308")] // rounds to infinity
    [TestCase("-0.0")]
    [TestCase("0e500")]
    [TestCase("0.000000000000000000000000000001234567890123456789")]
    [TestCase("7.3177701707893310e+15")]
    [TestCase("1.00000000000000011102230246251565404236316680908203125")] // halfway 1 / 1+ulp, more than 19 digits
    [TestCase("9999999999999999999")]
    [TestCase("123456789012345678e-5")]
    public void Agrees_bit_for_bit_with_double_parse_on_hard_cases(string text)
    {
        // Act + Assert
        AssertSameBitsWhenAccepted(text);
    }

    [TestCase("1e400")]
    [TestCase("12345678901234567890")]
    [TestCase("abc")]
    [TestCase("1.5.2")]
    [TestCase("")]
    [TestCase("-")]
    [TestCase("1e")]
    [TestCase("1e12345")]
    [TestCase(" 1")]
    [TestCase("NaN")]
    public void Declines_inputs_outside_the_exact_fast_path(string text)
    {
        // Act
        var fast = FastNumber.TryParse(Encoding.ASCII.GetBytes(text), out _);

        // Assert
        Assert.That(fast, Is.False);
    }

    private static bool AssertSameBitsWhenAccepted(string text)
    {
        if (!FastNumber.TryParse(Encoding.ASCII.GetBytes(text), out var parsed))
        {
            return false;
        }

        var expected = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (BitConverter.DoubleToInt64Bits(parsed) != BitConverter.DoubleToInt64Bits(expected))
        {
            Assert.Fail($"'{text}': fast {parsed:R} (0x{BitConverter.DoubleToInt64Bits(parsed):X16}) vs double.Parse {expected:R} (0x{BitConverter.DoubleToInt64Bits(expected):X16})");
        }

        return true;
    }
}
