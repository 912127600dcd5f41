using System.Security.Cryptography;

namespace Tollgate.Cli.Tests.Corpus;

/// <summary>Every file and folder under a root with its content hash, so a test can prove nothing changed or was left behind.</summary>
internal static class TreeSnapshot
{
    public static SortedDictionary<string, string> Take(string root)
    {
        var result = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var rel = Path.GetRelativePath(root, entry);
            var info = new FileInfo(entry);
            result[rel] = info.LinkTarget is { } target ? "link:" + target
                : Directory.Exists(entry) ? "dir"
                : entry.EndsWith(".checkpoint.json", StringComparison.Ordinal) ? CheckpointContent(entry)
                : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)));
        }

        return result;
    }

    /// <summary>
    /// The ledger checkpoint is a cache stamped with the ledger file's identity (inode, times), which a copied project does
    /// not keep, so a refused command may re-stamp it: what it says (head, offset, live state) must not change.
    /// </summary>
    private static string CheckpointContent(string path)
    {
        using var doc = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var said = string.Join("\n", new[] { "format", "offset", "headStart", "head", "lines", "state" }
            .Select(name => root.TryGetProperty(name, out var value) ? value.GetRawText() : "-"));
        return "checkpoint:" + Convert.ToHexString(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(said)));
    }

    public static IEnumerable<string> Differences(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(k => !before.TryGetValue(k, out var a) || !after.TryGetValue(k, out var b) || a != b)
            .Select(k => !before.ContainsKey(k) ? $"added {k}" : !after.ContainsKey(k) ? $"removed {k}" : $"changed {k}");
}
