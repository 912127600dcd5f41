namespace Tollgate.Core.Statistics.Drift;

/// <summary>Per-column results and the dataset-level verdict.</summary>
public sealed record DriftReport
{
    /// <summary>Reference file.</summary>
    public required string Reference { get; init; }

    /// <summary>Current file.</summary>
    public required string Current { get; init; }

    /// <summary>Columns tested (not skipped and not insufficient).</summary>
    public int TestedColumns { get; init; }

    /// <summary>Columns flagged as drifted.</summary>
    public int DriftedColumns { get; init; }

    /// <summary>Columns whose effect-size interval straddles the threshold (interval verdicts only).</summary>
    public int InconclusiveColumns { get; init; }

    /// <summary>Drifted / tested (0 when nothing was tested).</summary>
    public double DriftShare { get; init; }

    /// <summary>Share at or above which the dataset has drifted.</summary>
    public double DriftShareThreshold { get; init; }

    /// <summary>The verdict.</summary>
    public bool DatasetDrift { get; init; }

    /// <summary>Settings used.</summary>
    public required DriftOptions Options { get; init; }

    /// <summary>One entry per column, in file order (internal: tests, effect sizes, ECDFs; serialized in <c>tollgate drift</c>'s JSON).</summary>
    [System.Text.Json.Serialization.JsonInclude]
    internal IReadOnlyList<ColumnDrift> Columns { get; init; } = [];

    /// <summary>The names of the drifted columns, in file order.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public IReadOnlyList<string> DriftedColumnNames => [.. Columns.Where(c => c.Drifted).Select(c => c.Column)];
}
