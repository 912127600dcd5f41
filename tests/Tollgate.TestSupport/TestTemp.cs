using System.Diagnostics;

namespace Tollgate.TestSupport;

/// <summary>
/// The one place tests make temp folders: a root per test process, <c>/tmp/tollgate-tests-PID</c>, deleted when
/// the process exits. A test host that was killed cannot clean up, so the next run deletes the roots of
/// processes that no longer run. Why: folders per test, each deleted "best effort", left thousands behind a day.
/// </summary>
public static class TestTemp
{
    private const string Prefix = "tollgate-tests-";
    private static readonly Lazy<string> RootFolder = new(CreateRoot, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>This process's root folder (created on first use).</summary>
    public static string Root => RootFolder.Value;

    /// <summary>A new, empty folder under <see cref="Root"/>; it goes when the process ends (or earlier, by its owner).</summary>
    public static string NewFolder(string prefix = "t")
    {
        var folder = Path.Combine(Root, $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes a folder; a lingering handle (a child process still exiting) must not fail the test.</summary>
    public static void TryDelete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // the process-exit sweep (or the next run's) takes it
        }
    }

    private static string CreateRoot()
    {
        SweepRootsOfEndedProcesses();
        var root = Path.Combine(Path.GetTempPath(), Prefix + Environment.ProcessId);
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    }

    private static void SweepRootsOfEndedProcesses()
    {
        foreach (var folder in Directory.EnumerateDirectories(Path.GetTempPath(), Prefix + "*"))
        {
            if (int.TryParse(Path.GetFileName(folder)[Prefix.Length..], out var pid) && !IsRunning(pid))
            {
                TryDelete(folder);
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
