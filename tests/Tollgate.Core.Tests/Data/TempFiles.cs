using Parquet;
using Parquet.Schema;

namespace Tollgate.Core.Tests.Data;

/// <summary>The data tests' name for a <see cref="TempDir"/> (kept so their many <c>files.Write</c> calls read as before).</summary>
public sealed class TempFiles : IDisposable
{
    private readonly TempDir dir = new();

    public string Folder => dir.Path;

    public string Write(string name, string content) => dir.File(name, content);

    /// <summary>Writes a Parquet file of one row group; <paramref name="writeColumns"/> writes its columns in schema order.</summary>
    public async Task<string> WriteParquetAsync(string name, ParquetSchema schema, Func<ParquetRowGroupWriter, Task> writeColumns)
    {
        var path = Path.Combine(Folder, name);
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(schema, stream);
        using var group = writer.CreateRowGroup();
        await writeColumns(group);
        return path;
    }

    public void Dispose() => dir.Dispose();
}
