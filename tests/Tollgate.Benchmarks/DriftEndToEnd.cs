using System.Diagnostics;
using Tollgate.Core.Data;
using Tollgate.Core.Statistics.Drift;

namespace Tollgate.Benchmarks;

/// <summary>End-to-end bench: 20 columns × 1,000,000 rows reference vs current CSV, parse included.</summary>
internal static class DriftEndToEnd
{
    public static int Run(string folder)
    {
        Directory.CreateDirectory(folder);
        var reference = Path.Combine(folder, "ref.csv");
        var current = Path.Combine(folder, "cur.csv");
        if (!File.Exists(reference) || !File.Exists(current))
        {
            Console.WriteLine($"writing {reference} and {current} ...");
            BenchData.WriteCsv(reference, 1_000_000, 20, 0, 1);
            BenchData.WriteCsv(current, 1_000_000, 20, 0.05, 2);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var sw = Stopwatch.StartNew();
        var (r, c) = DriftInputs.Load(reference, current, new DataReadOptions());
        var load = sw.Elapsed;
        var report = DriftEngine.Run(r, c, new DriftOptions());
        var total = sw.Elapsed;
        var used = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine($"load+parse {load.TotalSeconds:F2} s, tests {(total - load).TotalSeconds:F2} s, total {total.TotalSeconds:F2} s wall, {used.TotalSeconds:F2} s CPU");
        Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0:F0} MiB; raw numeric data {2 * 20 * 1_000_000 * 8 / 1048576.0:F0} MiB");
        Console.WriteLine($"drifted columns {report.DriftedColumns}/{report.TestedColumns}, dataset drift {report.DatasetDrift}");
        return 0;
    }
}
