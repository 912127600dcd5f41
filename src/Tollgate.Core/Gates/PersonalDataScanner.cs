using System.Text.RegularExpressions;
using Tollgate.Core.Config;
using Tollgate.Core.Training;

namespace Tollgate.Core.Gates;

/// <summary>Looks at the first rows of the training data for values shaped like e-mail addresses, phone numbers or national ids.</summary>
internal static partial class PersonalDataScanner
{
    private const int RowsToScan = 2000;

    public static IEnumerable<string> Scan(TollgateConfig config, IEnumerable<string> features)
    {
        var spec = TrainingSpecLoader.Load(config.Resolve(config.Model.Training));
        var path = Path.Combine(spec.BaseDirectory, spec.Data.Train);
        if (!path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || !File.Exists(path))
        {
            yield break;
        }

        var header = CsvHeader.Read(path, path).ToList();
        var wanted = features.Select(f => (name: f, index: header.IndexOf(f))).Where(f => f.index >= 0).ToList();
        var hits = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(path).Skip(1).Take(RowsToScan))
        {
            var cells = line.Split(',');
            foreach (var (name, index) in wanted.Where(w => w.index < cells.Length && !hits.ContainsKey(w.name)))
            {
                var value = cells[index].Trim('"');
                if (Email().IsMatch(value)) { hits[name] = "e-mail addresses"; }
                else if (Phone().IsMatch(value)) { hits[name] = "phone numbers"; }
                else if (NationalId().IsMatch(value)) { hits[name] = "national id numbers"; }
            }
        }

        foreach (var (name, what) in hits.OrderBy(h => h.Key, StringComparer.Ordinal))
        {
            yield return $"feature '{name}' contains values that look like {what}";
        }
    }

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$")]
    private static partial Regex Email();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{7,}[0-9]$")]
    private static partial Regex Phone();

    [GeneratedRegex(@"^[0-9]{3}-[0-9]{2}-[0-9]{4}$")]
    private static partial Regex NationalId();
}
