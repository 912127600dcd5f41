namespace Tollgate.Core.Statistics;

/// <summary>How the two-sample KS p-value is computed.</summary>
public enum KsMethod
{
    /// <summary>SciPy <c>ks_2samp(method='auto')</c>: exact when both samples have at most 10,000 values, else asymptotic.</summary>
    Auto,

    /// <summary>Exact lattice-path probability for continuous data (ignores ties), as SciPy.</summary>
    Exact,

    /// <summary>SciPy's asymptotic: the finite-n one-sample distribution <c>kstwo</c> at m = round(n1·n2/(n1+n2)).</summary>
    Asymp,

    /// <summary>Exact p-value conditional on the tie pattern, as R <c>ks.test(exact=TRUE)</c>.</summary>
    ExactTies,

    /// <summary>The limiting Kolmogorov distribution at sqrt(n1·n2/(n1+n2))·D.</summary>
    Kolmogorov,
}
