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
                : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)));
        }

        return result;
    }

    public static IEnumerable<string> Differences(SortedDictionary<string, string> before, SortedDictionary<string, string> after) =>
        before.Keys.Union(after.Keys).Where(k => !before.TryGetValue(k, out var a) || !after.TryGetValue(k, out var b) || a != b)
            .Select(k => !before.ContainsKey(k) ? $"added {k}" : !after.ContainsKey(k) ? $"removed {k}" : $"changed {k}");
}
