namespace Tollgate.Core.Data;

/// <summary>Guesses a column's kind from a sample of its cells (missing cells ignored).</summary>
internal static class SchemaInference
{
    /// <summary>Boolean, numeric, timestamp, then categorical (few distinct values) or text.</summary>
    public static ColumnKind Infer(IReadOnlyList<string?> sample)
    {
        var present = sample.Where(s => s is not null && !CellText.IsMissing(s)).Select(s => s!).ToList();
        if (present.Count == 0)
        {
            return ColumnKind.Numeric;
        }

        if (present.All(s => CellText.TryBoolean(s, out _)))
        {
            return ColumnKind.Boolean;
        }

        if (present.All(s => CellText.TryNumber(s, out _)))
        {
            return ColumnKind.Numeric;
        }

        if (present.All(s => CellText.TryTimestamp(s, out _)))
        {
            return ColumnKind.Timestamp;
        }

        var distinct = present.Distinct(StringComparer.Ordinal).Count();
        return distinct <= Math.Max(2, Math.Min(100, present.Count / 2)) ? ColumnKind.Categorical : ColumnKind.Text;
    }
}
