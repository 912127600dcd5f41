namespace Tollgate.Core.Statistics;

/// <summary>Marsaglia–Tsang–Wang evaluation of P(D_n &lt; d) as the power of a (2k−1)² matrix, with exponent scaling.</summary>
internal static class DurbinMatrix
{
    private const double Big = 1e140;
    private const int BigExp10 = 140;

    public static double Cdf(int n, double d)
    {
        var nd = n * d;
        if (nd <= 0.5)
        {
            return 0.0;
        }

        var k = (int)Math.Ceiling(nd);
        var h = k - nd;
        var m = (2 * k) - 1;
        var hm = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                hm[(i * m) + j] = i - j + 1 < 0 ? 0 : 1;
            }
        }

        for (var i = 0; i < m; i++)
        {
            hm[i * m] -= Math.Pow(h, i + 1);
            hm[((m - 1) * m) + i] -= Math.Pow(h, m - i);
        }

        hm[(m - 1) * m] += (2 * h) - 1 > 0 ? Math.Pow((2 * h) - 1, m) : 0;
        for (var i = 0; i < m; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (i - j + 1 > 0)
                {
                    for (var g = 1; g <= i - j + 1; g++)
                    {
                        hm[(i * m) + j] /= g;
                    }
                }
            }
        }

        var (q, eq) = Power(hm, m, n);
        var s = q[((k - 1) * m) + k - 1];
        for (var i = 1; i <= n; i++)
        {
            s = s * i / n;
            if (s < 1.0 / Big)
            {
                s *= Big;
                eq -= BigExp10;
            }
        }

        return s * Math.Pow(10, eq);
    }

    private static (double[] Result, int Exp10) Power(double[] a, int m, int n)
    {
        if (n == 1)
        {
            return ((double[])a.Clone(), 0);
        }

        var (half, e) = Power(a, m, n / 2);
        var sq = Multiply(half, half, m);
        var eq = 2 * e;
        double[] result;
        if (n % 2 == 0)
        {
            result = sq;
        }
        else
        {
            result = Multiply(a, sq, m);
        }

        if (result[((m / 2) * m) + (m / 2)] > Big)
        {
            for (var i = 0; i < result.Length; i++)
            {
                result[i] /= Big;
            }

            eq += BigExp10;
        }

        return (result, eq);
    }

    private static double[] Multiply(double[] x, double[] y, int m)
    {
        var r = new double[m * m];
        for (var i = 0; i < m; i++)
        {
            for (var k = 0; k < m; k++)
            {
                var xik = x[(i * m) + k];
                if (xik == 0)
                {
                    continue;
                }

                for (var j = 0; j < m; j++)
                {
                    r[(i * m) + j] += xik * y[(k * m) + j];
                }
            }
        }

        return r;
    }
}
