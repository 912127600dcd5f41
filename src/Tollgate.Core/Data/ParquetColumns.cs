using Parquet;
using Parquet.Schema;

namespace Tollgate.Core.Data;

/// <summary>Reads one Parquet column chunk of a supported scalar type into boxed cells (null = missing).</summary>
internal static class ParquetColumns
{
    public static async Task AppendAsync(ParquetRowGroupReader group, DataField field, List<object?> cells)
    {
        var n = (int)group.RowCount;
        var t = field.ClrType;
        if (t == typeof(string) || t == typeof(ReadOnlyMemory<char>))
        {
            var buffer = new string?[n];
            await group.ReadAsync(field, buffer.AsMemory());
            cells.AddRange(buffer);
        }
        else if (t == typeof(double))
        {
            await AddAsync<double>(group, field, n, cells);
        }
        else if (t == typeof(float))
        {
            await AddAsync<float>(group, field, n, cells);
        }
        else if (t == typeof(int))
        {
            await AddAsync<int>(group, field, n, cells);
        }
        else if (t == typeof(long))
        {
            await AddAsync<long>(group, field, n, cells);
        }
        else if (t == typeof(bool))
        {
            await AddAsync<bool>(group, field, n, cells);
        }
        else if (t == typeof(DateTime))
        {
            await AddAsync<DateTime>(group, field, n, cells);
        }
        else
        {
            throw new TollgateException(ErrorCodes.DataFormatUnsupported, $"Parquet column '{field.Name}' has unsupported type {t.Name}.", "Store it as double, float, int, long, bool, string or timestamp.");
        }
    }

    private static async Task AddAsync<T>(ParquetRowGroupReader group, DataField field, int n, List<object?> cells)
        where T : struct
    {
        if (field.IsNullable)
        {
            var buffer = new T?[n];
            await group.ReadAsync(field, buffer.AsMemory());
            foreach (var v in buffer)
            {
                cells.Add(v.HasValue ? v.Value : null);
            }
        }
        else
        {
            var buffer = new T[n];
            await group.ReadAsync(field, buffer.AsMemory());
            foreach (var v in buffer)
            {
                cells.Add(v);
            }
        }
    }
}
