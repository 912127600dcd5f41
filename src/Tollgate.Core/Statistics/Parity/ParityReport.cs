namespace Tollgate.Core.Statistics.Parity;

/// <summary>Outcome of a parity comparison. Metrics hold every computed number (null = undefined).</summary>
public sealed record ParityReport
{
    /// <summary>Baseline predictions file.</summary>
    public required string Baseline { get; init; }

    /// <summary>Candidate predictions file.</summary>
    public required string Candidate { get; init; }

    /// <summary>binary, multiclass or regression.</summary>
    public required string Task { get; init; }

    /// <summary>Rows compared.</summary>
    public int Rows { get; init; }

    /// <summary>Whether the candidate is at parity with the baseline.</summary>
    public bool Passed { get; init; }

    /// <summary>Why it passed or failed.</summary>
    public required string Reason { get; init; }

    /// <summary>Named results, e.g. agreement, mcnemar_exact_pvalue, paired_t_pvalue, tost_pvalue.</summary>
    public required IReadOnlyDictionary<string, double?> Metrics { get; init; }
}
