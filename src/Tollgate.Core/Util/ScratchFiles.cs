using System.Diagnostics;

namespace Tollgate.Core.Util;

/// <summary>
/// The one place for Tollgate's temporary files: <c>.tollgate/tmp/</c> in the project (the nearest folder up from the file
/// being written that holds <c>tollgate.yml</c> or <c>.tollgate/</c>), on the same file system as the project's outputs, so a
/// staged file is renamed into place atomically. Names start with the owner's process id; the next run deletes whatever a
/// dead process left (<see cref="CleanDeadRuns"/>). Outside any project (e.g. <c>fetch -o /elsewhere</c>) a staged file sits
/// beside its target as <c>.NAME.tollgate-PID-….tmp</c> and the next write of that target removes dead leftovers.
/// </summary>
internal static class ScratchFiles
{
    public const string Folder = ".tollgate/tmp";
    private const string Prefix = "tollgate-";

    /// <summary>A fresh path to stage <paramref name="target"/> in before it is renamed over it.</summary>
    public static string StagingPathFor(string target)
    {
        var full = Path.GetFullPath(target);
        var name = Path.GetFileName(full);
        var owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}";
        if (ProjectRoot(Path.GetDirectoryName(full)!) is { } root)
        {
            var dir = Path.Combine(root, Folder);
            Directory.CreateDirectory(dir);
            return Path.Combine(dir, $"{owner}.{name}.tmp");
        }

        var beside = Path.GetDirectoryName(full)!;
        Directory.CreateDirectory(beside);
        CleanDead(beside, $".{name}.{Prefix}*.tmp", f => f[(name.Length + 2 + Prefix.Length)..]);
        return Path.Combine(beside, $".{name}.{Prefix}{owner}.tmp");
    }

    /// <summary>A fresh empty scratch folder for <paramref name="purpose"/> (in the project of <paramref name="near"/>, else in the system temp folder).</summary>
    public static string CreateDirectory(string near, string purpose)
    {
        var owner = $"{Environment.ProcessId}-{Guid.NewGuid():N}.{purpose}";
        var path = ProjectRoot(Path.GetFullPath(near)) is { } root
            ? Path.Combine(root, Folder, owner)
            : Path.Combine(Path.GetTempPath(), Prefix + owner);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>Deletes a scratch folder and everything in it; missing is fine.</summary>
    public static void DeleteDirectory(string path)
    {
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
    }

    /// <summary>Removes what dead runs left in the project's <c>.tollgate/tmp/</c> and dead runs' scratch folders in the system temp folder.</summary>
    public static int CleanDeadRuns(string projectRoot)
    {
        var removed = CleanDead(Path.Combine(projectRoot, Folder), "*", n => n);
        removed += CleanDead(Path.GetTempPath(), Prefix + "*", n => n[Prefix.Length..]);
        var folder = Path.Combine(projectRoot, Folder);
        if (removed > 0 && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any())
        {
            Directory.Delete(folder); // a clean-up leaves no empty folder behind; a clean project is not touched at all
        }

        return removed;
    }

    /// <summary>The folder holding tollgate.yml or .tollgate/ at or above <paramref name="dir"/>, or null.</summary>
    public static string? ProjectRoot(string dir)
    {
        for (var d = new DirectoryInfo(dir); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "tollgate.yml")) || Directory.Exists(Path.Combine(d.FullName, ".tollgate")))
            {
                return d.FullName;
            }
        }

        return null;
    }

    /// <param name="ownerPart">From an entry's name, the part that starts with "PID-".</param>
    private static int CleanDead(string dir, string pattern, Func<string, string> ownerPart)
    {
        if (!Directory.Exists(dir))
        {
            return 0;
        }

        var removed = 0;
        foreach (var entry in new DirectoryInfo(dir).EnumerateFileSystemInfos(pattern))
        {
            if (!TryOwner(ownerPart(entry.Name), out var pid) || OwnerAlive(pid, entry.LastWriteTimeUtc))
            {
                continue;
            }

            try
            {
                if (entry is DirectoryInfo folder)
                {
                    folder.Delete(recursive: true);
                }
                else
                {
                    entry.Delete();
                }

                removed++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                // Another run is cleaning the same leftover; whoever wins, it is gone.
            }
        }

        return removed;
    }

    private static bool TryOwner(string name, out int pid)
    {
        var dash = name.IndexOf('-', StringComparison.Ordinal);
        pid = 0;
        return dash > 0 && int.TryParse(name.AsSpan(0, dash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out pid);
    }

    /// <summary>True while the process that made the entry runs; a recycled pid started after the entry was written is not its owner.</summary>
    private static bool OwnerAlive(int pid, DateTime writtenUtc)
    {
        if (pid == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = Process.GetProcessById(pid);
            return process.StartTime.ToUniversalTime() <= writtenUtc.AddSeconds(2);
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
