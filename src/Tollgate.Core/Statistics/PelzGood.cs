namespace Tollgate.Core.Statistics;

/// <summary>Pelz–Good (1976) asymptotic series for P(D_n ≤ x), the choice for large n and moderate x.</summary>
internal static class PelzGood
{
    public static double Cdf(int n, double x)
    {
        if (x <= 0)
        {
            return 0.0;
        }

        if (x >= 1)
        {
            return 1.0;
        }

        const double pi2 = Math.PI * Math.PI;
        const double pi4 = pi2 * pi2;
        const double pi6 = pi4 * pi2;
        var sqrt2Pi = Math.Sqrt(2 * Math.PI);
        var z = Math.Sqrt(n) * x;
        double z2 = z * z, z3 = z2 * z, z4 = z2 * z2, z6 = z4 * z2;
        var qlog = -pi2 / 8 / z2;
        if (qlog < -708.0)
        {
            return 0.0;
        }

        var q = Math.Exp(qlog);
        var k1a = -z2;
        var k1b = pi2 / 4;
        var k2a = (6 * z6) + (2 * z4);
        var k2b = ((2 * z4) - (5 * z2)) * pi2 / 4;
        var k2c = pi4 * (1 - (2 * z2)) / 16;
        var k3d = pi6 * (5 - (30 * z2)) / 64;
        var k3c = pi4 * ((-60 * z2) + (212 * z4)) / 16;
        var k3b = pi2 * ((135 * z4) - (96 * z6)) / 4;
        var k3a = (-30 * z6) - (90 * z4 * z4);

        // Horner scheme over odd m = 2k − 1 of c_m q^(m²).
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        var maxk = (int)Math.Ceiling(16 * z / Math.PI);
        for (var k = maxk; k >= 1; k--)
        {
            double m = (2 * k) - 1;
            double m2 = m * m, m4 = m2 * m2, m6 = m4 * m2;
            var qp = Math.Pow(q, 8 * k);
            s0 = (s0 * qp) + 1.0;
            s1 = (s1 * qp) + k1a + (k1b * m2);
            s2 = (s2 * qp) + k2a + (k2b * m2) + (k2c * m4);
            s3 = (s3 * qp) + k3a + (k3b * m2) + (k3c * m4) + (k3d * m6);
        }

        var scale = q * sqrt2Pi;
        s0 = s0 * scale / z;
        s1 = s1 * scale / (6 * z4);
        s2 = s2 * scale / (72 * z6 * z);
        s3 = s3 * scale / (6480 * z6 * z4);

        var q2 = Math.Exp(-pi2 / 2 / z2);
        double extra2 = 0, extra3 = 0;
        var sqrt3z = Math.Sqrt(3) * z;
        for (var k = maxk; k >= 1; k--)
        {
            double kk = k * k;
            var qk = Math.Pow(q2, kk);
            var kpi = Math.PI * k;
            extra2 += kk * qk;
            extra3 += (sqrt3z + kpi) * (sqrt3z - kpi) * kk * qk;
        }

        s2 += extra2 * pi2 * sqrt2Pi / (-36 * z3);
        s3 += extra3 * pi2 * sqrt2Pi / (216 * z6);
        double sn = Math.Sqrt(n);
        return s0 + (s1 / sn) + (s2 / n) + (s3 / (n * sn));
    }
}
