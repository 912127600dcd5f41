namespace Tollgate.Core.Data;

/// <summary>
/// One loaded column. Numeric, boolean and timestamp columns fill <see cref="Values"/> (NaN marks a missing or
/// non-finite cell); categorical and text columns fill <see cref="Labels"/> (null marks a missing cell).
/// </summary>
internal sealed class DataColumn
{
    internal DataColumn(string name, ColumnKind kind, double[]? values, string?[]? labels, long missing, long nonFinite)
    {
        Name = name;
        Kind = kind;
        Values = values;
        Labels = labels;
        Missing = missing;
        NonFinite = nonFinite;
    }

    /// <summary>Header name.</summary>
    public string Name { get; }

    /// <summary>Column type.</summary>
    public ColumnKind Kind { get; }

    /// <summary>Numbers (numeric, boolean, timestamp), NaN where missing.</summary>
    public double[]? Values { get; }

    /// <summary>Labels (categorical, text), null where missing.</summary>
    public string?[]? Labels { get; }

    /// <summary>Empty or NA-like cells.</summary>
    public long Missing { get; }

    /// <summary>NaN or ±Infinity written in a numeric column; excluded from tests and reported, never propagated.</summary>
    public long NonFinite { get; }

    /// <summary>Number of rows.</summary>
    public int Length => Values?.Length ?? Labels!.Length;

    /// <summary>Share of rows that are missing or non-finite.</summary>
    public double MissingRate => Length == 0 ? 0 : (double)(Missing + NonFinite) / Length;

    /// <summary>The finite values only (numeric kinds).</summary>
    public double[] FiniteValues()
    {
        var values = Values ?? throw new InvalidOperationException($"Column '{Name}' is {Kind}, not numeric.");
        if (Missing + NonFinite == 0)
        {
            return values;
        }

        var result = new double[values.Length - (int)(Missing + NonFinite)];
        var k = 0;
        foreach (var v in values)
        {
            if (double.IsFinite(v))
            {
                result[k++] = v;
            }
        }

        return k == result.Length ? result : result[..k];
    }

    /// <summary>The present labels only (categorical/text kinds).</summary>
    public List<string> PresentLabels()
    {
        var labels = Labels ?? throw new InvalidOperationException($"Column '{Name}' is {Kind}, not categorical.");
        var result = new List<string>(labels.Length);
        foreach (var l in labels)
        {
            if (l is not null)
            {
                result.Add(l);
            }
        }

        return result;
    }
}
