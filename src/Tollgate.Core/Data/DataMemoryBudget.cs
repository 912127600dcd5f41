namespace Tollgate.Core.Data;

/// <summary>
/// How much memory a reader may hold for one file's cells. Wide inputs are read in column batches sized to this
/// budget (each batch is one streaming pass over the file), so memory follows the budget, not columns × rows.
/// </summary>
internal sealed record DataMemoryBudget
{
    /// <summary>256 MiB per file: 20 numeric columns × 1,000,000 rows still load in one pass.</summary>
    public const long DefaultBytesPerFile = 256L << 20;

    /// <summary>Environment variable that overrides the budget, in MiB (documented in README, Limits).</summary>
    public const string EnvironmentVariable = "TOLLGATE_DATA_BUDGET_MB";

    // A loaded cell: one double or one string reference. A type-inference sample cell: a short string (~48 bytes).
    private const long SampleCellBytes = 48;

    /// <summary>The default budget.</summary>
    public static DataMemoryBudget Default { get; } = new();

    /// <summary>Bytes of cells one file may hold at once.</summary>
    public long BytesPerFile { get; init; } = DefaultBytesPerFile;

    /// <summary>The budget from <see cref="EnvironmentVariable"/> when set to a positive whole number of MiB, else the default.</summary>
    public static DataMemoryBudget FromEnvironment(string? megabytes) =>
        long.TryParse(megabytes, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var mb) && mb is > 0 and < (1L << 40)
            ? new DataMemoryBudget { BytesPerFile = mb << 20 }
            : Default;

    /// <summary>How many columns of a file with <paramref name="rows"/> rows fit in the budget at once (at least one).</summary>
    public int ColumnsPerBatch(long rows, int inferenceRows, long cellBytes = 8)
    {
        var perColumn = (Math.Max(rows, 1) * cellBytes) + (Math.Min(Math.Max(rows, 1), inferenceRows) * SampleCellBytes);
        return (int)Math.Clamp(BytesPerFile / perColumn, 1, int.MaxValue);
    }
}
