namespace Tollgate.Core.Data;

/// <summary>The inferred (or declared) type of a column.</summary>
internal enum ColumnKind
{
    /// <summary>Real numbers, stored as doubles.</summary>
    Numeric,

    /// <summary>A small set of labels.</summary>
    Categorical,

    /// <summary>true/false (also yes/no), stored as 1/0.</summary>
    Boolean,

    /// <summary>Free text with many distinct values; not tested for drift.</summary>
    Text,

    /// <summary>ISO 8601 date/time, stored as Unix seconds.</summary>
    Timestamp,
}
