using System.Diagnostics;

namespace Tollgate.Cli;

/// <summary>
/// Where a command's time goes, for start-up work: with <c>TOLLGATE_TRACE_TIMING=1</c> each <see cref="Mark"/> writes
/// <c>trace: MS PHASE (N assemblies, M methods jitted)</c> to stderr, MS counted from the process start. Off by default
/// (one environment read); meant for benchmarks (tests/Tollgate.Benchmarks/README-packaging.md), not for users.
/// </summary>
internal static class StartupTrace
{
    public const string Variable = "TOLLGATE_TRACE_TIMING";

    private static readonly bool Enabled = Environment.GetEnvironmentVariable(Variable) is "1" or "true";

    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var sinceStart = DateTime.Now - Process.GetCurrentProcess().StartTime;
        Console.Error.WriteLine(
            $"trace: {sinceStart.TotalMilliseconds,6:F0} ms {phase} ({AppDomain.CurrentDomain.GetAssemblies().Length} assemblies, " +
            $"{System.Runtime.JitInfo.GetCompiledMethodCount()} methods jitted in {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms)");
        if (phase == "exit" && Environment.GetEnvironmentVariable(Variable + "_ASSEMBLIES") is "1")
        {
            foreach (var name in AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal))
            {
                Console.Error.WriteLine($"trace: loaded {name}");
            }
        }
    }
}
