namespace Tollgate.Core.Statistics;

/// <summary>Counts two samples of labels over the union of their categories (sorted ordinally).</summary>
internal static class CategoryCounts
{
    public static (string[] Categories, long[] Reference, long[] Current) Build(IReadOnlyList<string> reference, IReadOnlyList<string> current)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        var refTally = new Dictionary<string, long>(StringComparer.Ordinal);
        var curTally = new Dictionary<string, long>(StringComparer.Ordinal);
        Tally(reference, refTally, index);
        Tally(current, curTally, index);
        var categories = index.Keys.ToArray();
        Array.Sort(categories, StringComparer.Ordinal);
        var r = new long[categories.Length];
        var c = new long[categories.Length];
        for (var k = 0; k < categories.Length; k++)
        {
            r[k] = refTally.GetValueOrDefault(categories[k]);
            c[k] = curTally.GetValueOrDefault(categories[k]);
        }

        return (categories, r, c);
    }

    private static void Tally(IReadOnlyList<string> values, Dictionary<string, long> tally, Dictionary<string, int> index)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var v = values[i];
            tally[v] = tally.GetValueOrDefault(v) + 1;
            index.TryAdd(v, index.Count);
        }
    }
}
