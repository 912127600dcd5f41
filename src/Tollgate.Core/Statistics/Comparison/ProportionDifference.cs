namespace Tollgate.Core.Statistics.Comparison;

/// <summary>
/// Interval for p1 − p2 of two independent proportions (first = candidate, second = baseline): Newcombe's hybrid
/// score interval (1998, method 10, from the two Wilson intervals) or the Wald interval (not clipped).
/// Every field is NaN when n1 = 0 or n2 = 0.
/// </summary>
internal static class ProportionDifference
{
    public static StatResult Newcombe(long x1, long n1, long x2, long n2, double confLevel = 0.95)
    {
        Check(x1, n1, x2, n2);
        var z = ConfidenceLevel.Quantile(confLevel);
        if (n1 == 0 || n2 == 0)
        {
            return Result("p1", "p2", "difference", "lower", "upper", "wilson1_lower", "wilson1_upper", "wilson2_lower", "wilson2_upper");
        }

        double p1 = (double)x1 / n1, p2 = (double)x2 / n2, d = p1 - p2;
        var (l1, u1) = Wilson(x1, n1, z);
        var (l2, u2) = Wilson(x2, n2, z);
        var lower = d - Math.Sqrt(((p1 - l1) * (p1 - l1)) + ((u2 - p2) * (u2 - p2)));
        var upper = d + Math.Sqrt(((u1 - p1) * (u1 - p1)) + ((p2 - l2) * (p2 - l2)));
        return Result(("p1", p1), ("p2", p2), ("difference", d), ("lower", lower), ("upper", upper),
            ("wilson1_lower", l1), ("wilson1_upper", u1), ("wilson2_lower", l2), ("wilson2_upper", u2));
    }

    public static StatResult Wald(long x1, long n1, long x2, long n2, double confLevel = 0.95)
    {
        Check(x1, n1, x2, n2);
        var z = ConfidenceLevel.Quantile(confLevel);
        if (n1 == 0 || n2 == 0)
        {
            return Result("p1", "p2", "difference", "se", "lower", "upper");
        }

        double p1 = (double)x1 / n1, p2 = (double)x2 / n2, d = p1 - p2;
        var se = Math.Sqrt((p1 * (1 - p1) / n1) + (p2 * (1 - p2) / n2));
        return Result(("p1", p1), ("p2", p2), ("difference", d), ("se", se), ("lower", d - (z * se)), ("upper", d + (z * se)));
    }

    /// <summary>Wilson score interval without continuity correction (R <c>prop.test(correct = FALSE)</c>); exact 0 and 1 at the edges.</summary>
    public static (double Lower, double Upper) Wilson(long x, long n, double z)
    {
        double xd = x, nd = n, z2 = z * z;
        var root = z * Math.Sqrt(z2 + (4 * xd * (nd - xd) / nd));
        var denominator = 2 * (nd + z2);
        var lower = x == 0 ? 0 : ((2 * xd) + z2 - root) / denominator;
        var upper = x == n ? 1 : ((2 * xd) + z2 + root) / denominator;
        return (lower, upper);
    }

    private static void Check(long x1, long n1, long x2, long n2)
    {
        if (n1 < 0 || n2 < 0 || x1 < 0 || x2 < 0 || x1 > n1 || x2 > n2)
        {
            throw StatGuard.BadParameter($"Counts x1={x1} n1={n1} x2={x2} n2={n2} are not 0 ≤ x ≤ n.", "Pass events x and trials n per arm, e.g. x1=37 n1=1000 x2=29 n2=1000.");
        }
    }

    private static StatResult Result(params string[] undefinedFields) =>
        Result([.. undefinedFields.Select(f => (f, double.NaN))]);

    private static StatResult Result(params (string Name, double Value)[] fields) =>
        new("prop-diff", double.NaN, double.NaN, fields.ToDictionary(f => f.Name, f => (object)f.Value)) { HasStatistic = false };
}
