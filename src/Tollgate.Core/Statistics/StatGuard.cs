namespace Tollgate.Core.Statistics;

/// <summary>Input checks shared by the tests: NaN/±Inf are rejected so they never reach a p-value.</summary>
internal static class StatGuard
{
    public static void Finite(ReadOnlySpan<double> x, string name)
    {
        for (var i = 0; i < x.Length; i++)
        {
            if (!double.IsFinite(x[i]))
            {
                throw new TollgateException(
                    ErrorCodes.StatInputInvalid,
                    $"Sample '{name}' holds a non-finite value ({x[i]}) at index {i}.",
                    "Remove or impute NaN/Infinity values before running statistical tests.");
            }
        }
    }

    public static void NonEmpty(ReadOnlySpan<double> x, string name)
    {
        if (x.IsEmpty)
        {
            throw new TollgateException(ErrorCodes.StatInputInvalid, $"Sample '{name}' is empty.", "Provide at least one value.");
        }
    }

    public static void SameLength(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        if (a.Length != b.Length)
        {
            throw new TollgateException(
                ErrorCodes.StatInputInvalid,
                $"Paired samples differ in length ({a.Length} vs {b.Length}).",
                "Paired tests need one value of each sample per row.");
        }
    }

    public static TollgateException BadParameter(string message, string hint) =>
        new(ErrorCodes.StatParameterInvalid, message, hint);
}
