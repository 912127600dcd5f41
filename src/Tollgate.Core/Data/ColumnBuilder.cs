using System.Text;

namespace Tollgate.Core.Data;

/// <summary>Accumulates one column's cells into its typed store, with a precise error for a cell that does not fit.</summary>
internal sealed class ColumnBuilder(string name, ColumnKind kind, string source)
{
    private readonly Dictionary<string, string> intern = new(StringComparer.Ordinal);
    private double[] values = kind is ColumnKind.Numeric or ColumnKind.Boolean or ColumnKind.Timestamp ? new double[1024] : [];
    private string?[] labels = kind is ColumnKind.Categorical or ColumnKind.Text ? new string?[1024] : [];
    private int count;
    private long missing;
    private long nonFinite;

    public string Name => name;

    public void Add(ReadOnlySpan<byte> cell, long line)
    {
        if (kind == ColumnKind.Numeric)
        {
            if (FastNumber.TryParse(cell, out var fast))
            {
                AddFinite(fast);
            }
            else if (CellText.IsMissing(cell))
            {
                AddValue(double.NaN, true);
            }
            else if (CellText.TryNumber(cell, out var v))
            {
                AddValue(v, false);
            }
            else
            {
                throw Invalid(Encoding.UTF8.GetString(cell), line);
            }

            return;
        }

        Add(Encoding.UTF8.GetString(cell), line);
    }

    public void Add(string? cell, long line)
    {
        if (cell is null || CellText.IsMissing(cell))
        {
            if (labels.Length > 0)
            {
                AddLabel(null);
                missing++;
            }
            else
            {
                AddValue(double.NaN, true);
            }

            return;
        }

        double v;
        switch (kind)
        {
            case ColumnKind.Numeric when CellText.TryNumber(cell, out v):
            case ColumnKind.Boolean when CellText.TryBoolean(cell, out v):
            case ColumnKind.Timestamp when CellText.TryTimestamp(cell, out v):
                AddValue(v, false);
                return;
            case ColumnKind.Categorical:
                if (!intern.TryGetValue(cell, out var shared))
                {
                    intern[cell] = shared = cell;
                }

                AddLabel(shared);
                return;
            case ColumnKind.Text:
                AddLabel(cell);
                return;
            default:
                throw Invalid(cell, line);
        }
    }

    public DataColumn Build()
    {
        // Trim in place (no copy when the reservation was exact).
        if (labels.Length > 0)
        {
            Array.Resize(ref labels, count);
            return new DataColumn(name, kind, null, labels, missing, 0);
        }

        Array.Resize(ref values, count);
        return new DataColumn(name, kind, values, null, missing, nonFinite);
    }

    /// <summary>Reserves room for the expected number of rows, so large columns are allocated once.</summary>
    public void Reserve(long rows)
    {
        var capacity = (int)Math.Min(Array.MaxLength, Math.Max(rows, count));
        if (values.Length > 0 && capacity > values.Length)
        {
            Array.Resize(ref values, capacity);
        }
        else if (labels.Length > 0 && capacity > labels.Length)
        {
            Array.Resize(ref labels, capacity);
        }
    }

    private void AddFinite(double v)
    {
        if (count == values.Length)
        {
            Array.Resize(ref values, values.Length * 2);
        }

        values[count++] = v;
    }

    private void AddValue(double v, bool isMissing)
    {
        if (count == values.Length)
        {
            Array.Resize(ref values, values.Length * 2);
        }

        if (isMissing)
        {
            missing++;
        }
        else if (!double.IsFinite(v))
        {
            nonFinite++;
            v = double.NaN;
        }

        values[count++] = v;
    }

    private void AddLabel(string? label)
    {
        if (count == labels.Length)
        {
            Array.Resize(ref labels, labels.Length * 2);
        }

        labels[count++] = label;
    }

    private TollgateException Invalid(string cell, long line) => new(
        ErrorCodes.DataValueInvalid,
        $"{source} line {line}, column '{name}': '{cell}' is not a valid {kind.ToString().ToLowerInvariant()} value.",
        $"Fix the value, or declare the column's type (e.g. --schema {name}=categorical); types are inferred from the first rows.");
}
