using NUnit.Framework;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;

namespace Tollgate.Core.Tests.Statistics;

/// <summary>One case of Vectors/public.json with helpers to read its inputs and check its expected values.</summary>
public sealed class VectorCase(JsonElement root, string folder)
{
    private static readonly Lazy<Dictionary<string, JsonElement>> Cases = new(() => Load(Folder));
    private static readonly Lazy<Dictionary<string, JsonElement>> CasesV2 = new(() => Load(FolderV2));

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Statistics", "Vectors");

    /// <summary>The second set (DeLong, group sequential boundaries, SRM, proportion differences).</summary>
    public static string FolderV2 => Path.Combine(AppContext.BaseDirectory, "Statistics", "VectorsV2");

    public string Id => root.GetProperty("id").GetString()!;

    public string Test => root.GetProperty("test").GetString()!;

    public JsonElement Params => root.GetProperty("params");

    public JsonElement Inputs => root.GetProperty("inputs");

    public JsonElement Expected => root.GetProperty("expected");

    public bool Undefined => Expected.TryGetProperty("undefined", out var u) && u.GetBoolean();

    public static IEnumerable<string> Ids() => Cases.Value.Keys;

    public static VectorCase Get(string id) => new(Cases.Value[id], Folder);

    public static IEnumerable<string> IdsV2() => CasesV2.Value.Keys;

    public static VectorCase GetV2(string id) => new(CasesV2.Value[id], FolderV2);

    public string Param(string name) => Params.GetProperty(name).ToString();

    public double[] Numbers(string name) => ReadNumbers(Inputs.GetProperty(name), folder);

    public string[] Labels(string name) => ReadLabels(Inputs.GetProperty(name));

    public static double[] ReadNumbers(JsonElement sample) => ReadNumbers(sample, Folder);

    public static double[] ReadNumbers(JsonElement sample, string folder) => sample.ValueKind == JsonValueKind.Array
        ? sample.EnumerateArray().Select(e => e.GetDouble()).ToArray()
        : ReadCsv(sample, folder).Select(s => double.Parse(s, CultureInfo.InvariantCulture)).ToArray();

    public static string[] ReadLabels(JsonElement sample) => sample.ValueKind == JsonValueKind.Array
        ? sample.EnumerateArray().Select(e => e.GetString()!).ToArray()
        : ReadCsv(sample, Folder).ToArray();

    /// <summary>The path of a CSV-referenced input of this case (for CLI tests that pass the file itself).</summary>
    public string CsvPath(string name) => Path.Combine(folder, Inputs.GetProperty(name).GetProperty("csv").GetString()!);

    /// <summary>Asserts |actual − expected| ≤ abs + rel·|expected| with the case's tolerance for that field.</summary>
    public void Check(string field, double actual)
    {
        var expected = Expected.GetProperty(field);
        if (expected.ValueKind == JsonValueKind.Null)
        {
            Assert.That(double.IsNaN(actual), Is.True, $"{Id} {field}: expected undefined (NaN), got {actual}");
            return;
        }

        var (abs, rel) = Tolerance(field);
        var e = expected.GetDouble();
        Assert.That(Math.Abs(actual - e), Is.LessThanOrEqualTo(abs + (rel * Math.Abs(e))), $"{Id} {field}: expected {e:R}, got {actual:R}");
    }

    public void CheckList(string field, IReadOnlyList<double> actual)
    {
        var expected = Expected.GetProperty(field).EnumerateArray().Select(e => e.GetDouble()).ToArray();
        Assert.That(actual, Has.Count.EqualTo(expected.Length), $"{Id} {field}: length");
        var (abs, rel) = Tolerance(field);
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.That(Math.Abs(actual[i] - expected[i]), Is.LessThanOrEqualTo(abs + (rel * Math.Abs(expected[i]))), $"{Id} {field}[{i}]: expected {expected[i]:R}, got {actual[i]:R}");
        }
    }

    private (double Abs, double Rel) Tolerance(string field)
    {
        var tol = root.GetProperty("tolerance");
        if (tol.TryGetProperty(field, out var specific) && specific.ValueKind == JsonValueKind.Object)
        {
            tol = specific;
        }

        return (tol.GetProperty("abs").GetDouble(), tol.GetProperty("rel").GetDouble());
    }

    private static IEnumerable<string> ReadCsv(JsonElement reference, string folder)
    {
        var path = Path.Combine(folder, reference.GetProperty("csv").GetString()!);
        var bytes = File.ReadAllBytes(path);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        Assert.That(sha, Is.EqualTo(reference.GetProperty("sha256").GetString()), $"sha256 of {path}");
        var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo(reference.GetProperty("column").GetString()));
        Assert.That(lines.Length - 1, Is.EqualTo(reference.GetProperty("n").GetInt32()));
        return lines.Skip(1);
    }

    private static Dictionary<string, JsonElement> Load(string folder)
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, "public.json")));
        return doc.RootElement.GetProperty("cases").EnumerateArray().ToDictionary(c => c.GetProperty("id").GetString()!, c => c.Clone());
    }
}
