using System.Globalization;
using System.Text;

namespace Tollgate.Benchmarks;

/// <summary>Seeded synthetic data shared by the benchmarks and the SciPy comparison.</summary>
internal static class BenchData
{
    public static double[] Normal(int n, double shift, int seed)
    {
        var rng = new Random(seed);
        var x = new double[n];
        for (var i = 0; i < n; i++)
        {
            var u1 = 1.0 - rng.NextDouble();
            x[i] = shift + (Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * rng.NextDouble()));
        }

        return x;
    }

    public static string[] Categories(int n, int k, int seed)
    {
        var rng = new Random(seed);
        var labels = Enumerable.Range(0, k).Select(i => "c" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var x = new string[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = labels[(int)(k * rng.NextDouble() * rng.NextDouble())];
        }

        return x;
    }

    /// <summary>Writes rows × columns of N(shift, 1) numbers with 6 decimals (columns 0, 4, 8, ... shifted).</summary>
    public static void WriteCsv(string path, int rows, int columns, double shift, int seed)
    {
        var rng = new Random(seed);
        using var w = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        w.Write(string.Join(',', Enumerable.Range(0, columns).Select(c => "c" + c.ToString(CultureInfo.InvariantCulture))));
        w.Write('\n');
        Span<char> buf = stackalloc char[32];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c > 0)
                {
                    w.Write(',');
                }

                var u1 = 1.0 - rng.NextDouble();
                var v = (c % 4 == 0 ? shift : 0) + (Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * rng.NextDouble()));
                v.TryFormat(buf, out var written, "F6", CultureInfo.InvariantCulture);
                w.Write(buf[..written]);
            }

            w.Write('\n');
        }
    }
}
