using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Cake.Tollgate.Configuration;

/// <summary>
/// Remembers <c>tollgate environments --json</c> in a file, keyed by everything its answer depends on: the path and
/// bytes of tollgate.yml and the CLI that read it. A build script that defines its tasks from the environments then
/// starts no CLI process when neither changed. A missing, unreadable or stale file is a miss, never an error.
/// </summary>
internal static class EnvironmentsCache
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>The key; null when tollgate.yml does not exist (the CLI then reports that, uncached).</summary>
    public static string? Key(string configPath, TollgateInvocation invocation, string addinPath)
    {
        if (!File.Exists(configPath))
        {
            return null;
        }

        var text = new StringBuilder()
            .Append("config=").Append(Path.GetFullPath(configPath)).Append(' ').Append(Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(configPath)))).Append('\n')
            .Append("cli=").Append(invocation.Source).Append(' ').Append(Stamp(invocation.Executable.FullPath)).Append(' ')
            .Append(invocation.CliAssembly is null ? "-" : Stamp(invocation.CliAssembly.FullPath)).Append('\n')
            .Append("addin=").Append(Stamp(addinPath)).Append('\n');
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public static TollgateEnvironmentsResult? Read(string cacheFile, string key)
    {
        try
        {
            var entry = File.Exists(cacheFile) ? JsonSerializer.Deserialize<Entry>(File.ReadAllText(cacheFile), Options) : null;
            return entry?.Key == key && entry.Result?.Environments is { Count: > 0 } ? entry.Result : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    /// <summary>Writes atomically (temp file, then rename), so a killed build never leaves half an entry.</summary>
    public static void Write(string cacheFile, string key, TollgateEnvironmentsResult result)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(cacheFile))!);
            var temp = cacheFile + "." + Guid.NewGuid().ToString("N") + ".tmp";
            File.WriteAllText(temp, JsonSerializer.Serialize(new Entry(key, result), Options));
            File.Move(temp, cacheFile, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A read-only checkout just runs the CLI next time.
        }
    }

    /// <summary>The nearest tollgate.yml at or above <paramref name="directory"/>, as the CLI finds it; null when none.</summary>
    public static string? FindConfig(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tollgate.yml");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    // A rebuilt or reinstalled CLI changes size or time stamp; a different version lives at a different path.
    private static string Stamp(string path) =>
        File.Exists(path) ? $"{path}:{new FileInfo(path).Length}:{File.GetLastWriteTimeUtc(path).Ticks}" : path + ":-";

    private sealed record Entry(string Key, TollgateEnvironmentsResult Result);
}
