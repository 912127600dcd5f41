namespace Tollgate.Core.Statistics;

/// <summary>
/// The outcome of one statistical test. Undefined values are <see cref="double.NaN"/> (printed as null), never a made-up number.
/// </summary>
/// <param name="Test">Test name as the CLI spells it, e.g. <c>ks</c>.</param>
/// <param name="Statistic">The test statistic.</param>
/// <param name="PValue">Two-sided p-value, NaN when undefined or not applicable.</param>
/// <param name="Extra">Test-specific fields (df, edges, counts...), in print order.</param>
internal sealed record StatResult(string Test, double Statistic, double PValue, IReadOnlyDictionary<string, object> Extra)
{
    /// <summary>Creates a result without extra fields.</summary>
    public StatResult(string test, double statistic, double pValue)
        : this(test, statistic, pValue, new Dictionary<string, object>())
    {
    }

    /// <summary>False for results that are intervals or tables rather than a test (no statistic/p-value fields are printed).</summary>
    public bool HasStatistic { get; init; } = true;

    /// <summary>Reads a numeric extra field.</summary>
    public double Get(string name) => Convert.ToDouble(Extra[name], System.Globalization.CultureInfo.InvariantCulture);
}
