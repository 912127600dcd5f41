namespace Tollgate.Core.Data;

/// <summary>How to load a file.</summary>
internal sealed class DataReadOptions
{
    /// <summary>Columns to load (null = all). Loading fewer columns is faster.</summary>
    public IReadOnlyCollection<string>? Columns { get; init; }

    /// <summary>Declared types that replace inference, by column name.</summary>
    public IReadOnlyDictionary<string, ColumnKind> Overrides { get; init; } = new Dictionary<string, ColumnKind>();

    /// <summary>Rows inspected to infer each column's type.</summary>
    public int InferenceRows { get; init; } = 1000;

    /// <summary>Rows already counted (by <see cref="DataFiles.Shape"/>), so a batched read does not count them again.</summary>
    internal long? RowCountHint { get; init; }
}
