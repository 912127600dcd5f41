using System.Globalization;
using System.Text;

namespace Tollgate.Core.Tests.Data;

/// <summary>Writes a wide numeric CSV (<c>c0..cN</c>) with deterministic values; every 1,000th column is shifted by <c>shift</c>.</summary>
internal static class WideCsv
{
    public static string Write(string path, int columns, int rows, double shift, int seed)
    {
        var random = new Random(seed);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 20);
        writer.Write(string.Join(',', Enumerable.Range(0, columns).Select(i => $"c{i}")));
        writer.Write('\n');
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                if (c > 0)
                {
                    writer.Write(',');
                }

                var v = random.NextDouble() + (c % 1000 == 0 ? shift : 0);
                writer.Write(v.ToString("0.###", CultureInfo.InvariantCulture));
            }

            writer.Write('\n');
        }

        return path;
    }
}
