using System.Text.Json;
using Tollgate.Core.Util;

namespace Tollgate.Core.Gates;

/// <summary>Writes a gate report as JSON (atomically) and returns its path and digest.</summary>
public static class GateReportWriter
{
    public static (string Path, string Digest) Write(string reportsDir, GateReport report)
    {
        var json = JsonSerializer.Serialize(report, JsonDefaults.Indented) + "\n";
        var path = System.IO.Path.Combine(reportsDir, report.Environment, "gate-report.json");
        AtomicFile.WriteAllText(path, json);
        return (path, Hashing.Digest(Hashing.Sha256Hex(json)));
    }
}
