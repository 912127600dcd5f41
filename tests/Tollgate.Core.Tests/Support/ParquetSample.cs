using System.Globalization;
using Parquet.Schema;
using Parquet.Serialization;

namespace Tollgate.Core.Tests.Support;

/// <summary>Writes the sample CSV (tenure,charges,contract,churned) as a real Parquet file.</summary>
public static class ParquetSample
{
    public static void WriteFromCsv(string csv, string parquet)
    {
        var rows = File.ReadLines(csv).Skip(1).Select(line => line.Split(',')).Select(p => (IDictionary<string, object?>)new Dictionary<string, object?>
        {
            ["tenure"] = int.Parse(p[0], CultureInfo.InvariantCulture),
            ["charges"] = double.Parse(p[1], CultureInfo.InvariantCulture),
            ["contract"] = p[2],
            ["churned"] = int.Parse(p[3], CultureInfo.InvariantCulture),
        }).ToList();
        var schema = new ParquetSchema(
            new DataField<int>("tenure"), new DataField<double>("charges"), new DataField<string>("contract"), new DataField<int>("churned"));
        using var stream = File.Create(parquet);
        ParquetSerializer.SerializeUntypedAsync(rows, schema, stream).GetAwaiter().GetResult();
    }
}
