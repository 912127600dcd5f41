using System.Collections.Concurrent;
using System.Diagnostics;

namespace Tollgate.Core.Util;

/// <summary>
/// Test-only kill switch at named write points, so the crash tests can kill the real CLI deterministically right after
/// (or, for <c>staged:</c> points, right before) each durable write. Harmless in production: with neither variable set,
/// <see cref="Reached"/> only reads two environment variables.
/// <list type="bullet">
/// <item><c>TOLLGATE_TEST_CRASH_AFTER=NAME</c> or <c>NAME#K</c>: the process kills itself (SIGKILL, like <c>kill -9</c>) at the
/// first (K-th) time it reaches point NAME.</item>
/// <item><c>TOLLGATE_TEST_CRASH_TRACE=FILE</c>: every point reached is appended to FILE, one name a line (how the tests
/// discover every write point of a command).</item>
/// </list>
/// </summary>
internal static class CrashPoint
{
    public const string CrashVariable = "TOLLGATE_TEST_CRASH_AFTER";
    public const string TraceVariable = "TOLLGATE_TEST_CRASH_TRACE";

    // Per-process hit counts; only ever touched when a test variable is set.
    private static readonly ConcurrentDictionary<string, int> Hits = new(StringComparer.Ordinal);

    /// <summary>Marks that the write named <paramref name="name"/> is durable (or, for staged points, fully staged).</summary>
    public static void Reached(string name)
    {
        var crash = Environment.GetEnvironmentVariable(CrashVariable);
        var trace = Environment.GetEnvironmentVariable(TraceVariable);
        if (string.IsNullOrEmpty(crash) && string.IsNullOrEmpty(trace))
        {
            return;
        }

        var count = Hits.AddOrUpdate(name, 1, (_, n) => n + 1);
        if (!string.IsNullOrEmpty(trace))
        {
            File.AppendAllText(trace, name + "\n");
        }

        if (crash == name || crash == $"{name}#{count}")
        {
            using var self = Process.GetCurrentProcess();
            self.Kill(); // SIGKILL: no finally blocks, no flushing, exactly what kill -9 does
        }
    }
}
