namespace Tollgate.TestSupport;

/// <summary>Copies a folder tree (empty folders included), as tests do to start each run from the same prepared project.</summary>
public static class FolderCopy
{
    /// <summary>Copies everything below <paramref name="from"/> into <paramref name="to"/> (created if missing); returns <paramref name="to"/>.</summary>
    public static string Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.EnumerateDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
        }

        return to;
    }
}
