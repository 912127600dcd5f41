using Microsoft.ML;
using Microsoft.ML.Data;

namespace Tollgate.Core.Gates;

/// <summary>
/// A data view over rows held in memory (values as float, ReadOnlyMemory&lt;char&gt; or bool), so gates can score
/// one row, perturbed rows or replayed requests without a compile-time row type.
/// </summary>
internal sealed class InMemoryRows(DataViewSchema schema, IReadOnlyList<object[]> rows) : IDataView
{
    public bool CanShuffle => false;

    public DataViewSchema Schema => schema;

    public IReadOnlyList<object[]> Rows => rows;

    public long? GetRowCount() => rows.Count;

    public DataViewRowCursor GetRowCursor(IEnumerable<DataViewSchema.Column> columnsNeeded, Random? rand = null) => new Cursor(this);

    public DataViewRowCursor[] GetRowCursorSet(IEnumerable<DataViewSchema.Column> columnsNeeded, int n, Random? rand = null) => [new Cursor(this)];

    /// <summary>Reads the Single, String and Boolean columns of a view into memory (strings copied: loaders reuse buffers).</summary>
    public static InMemoryRows From(IDataView view)
    {
        var builder = new DataViewSchema.Builder();
        var kept = view.Schema.Where(c => !c.IsHidden && (c.Type == NumberDataViewType.Single || c.Type == TextDataViewType.Instance || c.Type == BooleanDataViewType.Instance)).ToList();
        foreach (var column in kept)
        {
            builder.AddColumn(column.Name, column.Type);
        }

        var rows = new List<object[]>();
        using var cursor = view.GetRowCursor(kept);
        var getters = kept.Select(c => Getter(cursor, c)).ToArray();
        while (cursor.MoveNext())
        {
            rows.Add(Array.ConvertAll(getters, g => g()));
        }

        return new InMemoryRows(builder.ToSchema(), rows);
    }

    public InMemoryRows With(IReadOnlyList<object[]> other) => new(schema, other);

    private static Func<object> Getter(DataViewRow row, DataViewSchema.Column column)
    {
        if (column.Type == NumberDataViewType.Single)
        {
            var g = row.GetGetter<float>(column);
            return () => { float v = 0; g(ref v); return v; };
        }

        if (column.Type == BooleanDataViewType.Instance)
        {
            var g = row.GetGetter<bool>(column);
            return () => { bool v = false; g(ref v); return v; };
        }

        var t = row.GetGetter<ReadOnlyMemory<char>>(column);
        return () => { ReadOnlyMemory<char> v = default; t(ref v); return v.ToString().AsMemory(); };
    }

    private sealed class Cursor(InMemoryRows owner) : DataViewRowCursor
    {
        private int position = -1;

        public override DataViewSchema Schema => owner.Schema;

        public override long Position => position;

        public override long Batch => 0;

        public override bool IsColumnActive(DataViewSchema.Column column) => true;

        public override bool MoveNext() => ++position < owner.Rows.Count;

        public override ValueGetter<TValue> GetGetter<TValue>(DataViewSchema.Column column) =>
            (ref TValue value) => value = (TValue)owner.Rows[position][column.Index];

        public override ValueGetter<DataViewRowId> GetIdGetter() =>
            (ref DataViewRowId id) => id = new DataViewRowId((ulong)position, 0);
    }
}
