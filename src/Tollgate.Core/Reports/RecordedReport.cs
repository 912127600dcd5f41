using Tollgate.Core.Util;

namespace Tollgate.Core.Reports;

/// <summary>
/// The gate reports a promotion wrote before it recorded its deployment. A run killed after that record is resumed with
/// these files, so the report on disk stays the one whose digest the deployment carries.
/// </summary>
internal static class RecordedReport
{
    /// <summary>The reports of <paramref name="environment"/> when its gate-report.json still has <paramref name="digest"/>; else null.</summary>
    public static ReportWriter.Written? Find(string reportsDir, string environment, string? digest)
    {
        var dir = Path.Combine(reportsDir, environment);
        var json = Path.Combine(dir, "gate-report.json");
        if (digest is null || !File.Exists(json) || Hashing.Digest(Hashing.Sha256File(json)) != digest)
        {
            return null;
        }

        return new ReportWriter.Written(json, digest, Path.Combine(dir, "gate-report.md"), Path.Combine(dir, "gate-report.junit.xml"), Path.Combine(dir, "gate-report.html"));
    }
}
