using System.Diagnostics;

namespace Tollgate.Core.Training;

/// <summary>The commit a model is built from and whether the working tree had uncommitted changes.</summary>
internal sealed record GitInfo(string Commit, bool Dirty)
{
    public static GitInfo Read(string directory)
    {
        var commit = Run(directory, "rev-parse HEAD");
        if (commit is null)
        {
            return new GitInfo("unknown", false);
        }

        var status = Run(directory, "status --porcelain --untracked-files=no");
        return new GitInfo(commit, !string.IsNullOrWhiteSpace(status));
    }

    private static string? Run(string directory, string arguments)
    {
        try
        {
            var info = new ProcessStartInfo("git", $"-C \"{directory}\" {arguments}")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            using var process = Process.Start(info)!;
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // git is not installed: lineage says "unknown" rather than failing the build.
        }
    }
}
