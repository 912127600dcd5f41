using Tollgate.Core.Ledger;
using Tollgate.Core.Util;

namespace Tollgate.Cli.Tests.Crash;

/// <summary>
/// The kill -9 matrix of one command: run it uninterrupted in a copy of a prepared project while tracing every write
/// point it reaches; then, for each of those points, run it in a fresh copy, kill it there (SIGKILL, via
/// <see cref="CrashPoint"/>), check the ledger still verifies, run it again, and require the same exit code, the same
/// files, ledger records and remote state as the uninterrupted run, and no temp files.
/// </summary>
internal static class KillMatrix
{
    /// <param name="template">The prepared project, copied for every run.</param>
    /// <param name="args">The command line of run <c>i</c> (0 = uninterrupted reference run).</param>
    /// <param name="remote">State outside the project after run <c>i</c> (e.g. a registry), compared like the files.</param>
    /// <param name="history">
    /// False when a re-run may legitimately add deployments to the history (a promotion whose rollout failed is retried
    /// by its re-run): then what runs where, and that nothing is left unfinished, must match.
    /// </param>
    /// <param name="only">The write points to kill at (default: all), to keep a scenario whose other points another test covers fast.</param>
    /// <param name="reset">Puts shared remote state back before run <c>i</c> (not before its re-run).</param>
    /// <returns>The write points killed at.</returns>
    public static IReadOnlyList<string> Check(
        string template, Func<int, string[]> args, Func<int, string>? remote = null, bool history = true, Func<string, bool>? only = null, Action<int>? reset = null)
    {
        var root = Path.Combine(Path.GetDirectoryName(template)!, "kill-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(root);
        try
        {
            var trace = Path.Combine(root, "trace.txt");
            var referenceDir = FolderCopy.Copy(template, Path.Combine(root, "reference"));
            reset?.Invoke(0);
            var reference = CliProcess.Run(referenceDir, new Dictionary<string, string> { [CrashPoint.TraceVariable] = trace }, args(0));
            Assert.That(reference.ExitCode, Is.AnyOf(0, 1), reference.ToString());
            var expected = ProjectSnapshot.Take(referenceDir);
            Assert.That(expected.TempFiles, Is.Empty, "the uninterrupted run left temp files");
            var expectedRemote = remote?.Invoke(0);
            // Every durable write is killed after; staging is one code path per file, so only its first occurrence is killed before.
            var points = Occurrences(File.Exists(trace) ? File.ReadAllLines(trace) : [])
                .Where(p => !p.StartsWith("staged:", StringComparison.Ordinal) || p.EndsWith("#1", StringComparison.Ordinal))
                .Where(only ?? (_ => true)).ToList();
            Assert.That(points, Is.Not.Empty, "the command reached no write point");

            var failures = new List<string>();
            for (var i = 1; i <= points.Count; i++)
            {
                var point = points[i - 1];
                var dir = FolderCopy.Copy(template, Path.Combine(root, $"kill{i}"));
                reset?.Invoke(i);
                var killed = CliProcess.Run(dir, new Dictionary<string, string> { [CrashPoint.CrashVariable] = point }, args(i));
                var litter = ProjectSnapshot.Take(dir).TempFiles;
                var ledger = Path.Combine(dir, ProjectSnapshot.Ledger);
                var verifies = !File.Exists(ledger) || new LedgerFile(ledger).Verify() >= 0;
                var rerun = CliProcess.Run(dir, null, args(i));
                var actual = ProjectSnapshot.Take(dir);
                var problems = new List<string>();
                if (killed.ExitCode != CliProcess.Killed)
                {
                    problems.Add($"was not killed there ({killed})");
                }

                if (point.StartsWith("staged:", StringComparison.Ordinal) && litter.Count == 0)
                {
                    problems.Add("left no staged file to clean (the kill came too late)");
                }

                if (!verifies)
                {
                    problems.Add("the ledger did not verify after the kill");
                }

                if (rerun.ExitCode != reference.ExitCode)
                {
                    problems.Add($"re-run exited {rerun.ExitCode}, uninterrupted {reference.ExitCode}: {rerun}");
                }

                if (expected.Diff(actual, history) is { Length: > 0 } diff)
                {
                    problems.Add("did not converge:\n" + diff);
                }

                if (actual.TempFiles.Count > 0)
                {
                    problems.Add("temp files left: " + string.Join(", ", actual.TempFiles));
                }

                if (remote?.Invoke(i) is { } state && state != expectedRemote)
                {
                    problems.Add($"remote state differs:\n  expected {expectedRemote}\n  actual   {state}");
                }

                failures.AddRange(problems.Select(p => $"kill after {point}: {p}"));
                Directory.Delete(dir, recursive: true);
            }

            TestContext.Out.WriteLine($"killed after {points.Count} write points: {string.Join(", ", points)}");
            Assert.That(failures, Is.Empty, string.Join("\n", failures));
            return points;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>Trace lines as NAME#K: the K-th time NAME was reached.</summary>
    private static List<string> Occurrences(IEnumerable<string> names)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        return names.Where(n => n.Length > 0).Select(n => $"{n}#{seen[n] = seen.GetValueOrDefault(n) + 1}").ToList();
    }
}
