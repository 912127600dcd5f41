using System.Text.Json;
using Tollgate.Core.Gates;
using Tollgate.Core.Util;

namespace Tollgate.Core.Reports;

/// <summary>
/// A passing gate report kept for a warm run: <c>gate-report.inputs.json</c> (written last, atomically) binds the
/// gates' input fingerprint to the digests of the report files, so a report is reused only when its inputs are
/// unchanged and not one byte of its files was edited since.
/// </summary>
internal static class ReusedReport
{
    public const string FileName = "gate-report.inputs.json";

    private sealed record Seal(string Fingerprint, IReadOnlyDictionary<string, string> Files);

    /// <summary>The passing report of <paramref name="environment"/> recorded for <paramref name="fingerprint"/>, or null.</summary>
    public static (GateReport Report, ReportWriter.Written Files)? Find(string reportsDir, string environment, string? fingerprint)
    {
        var dir = Path.Combine(reportsDir, environment);
        var sealPath = Path.Combine(dir, FileName);
        if (fingerprint is null || !File.Exists(sealPath))
        {
            return null;
        }

        try
        {
            var seal = JsonSerializer.Deserialize<Seal>(File.ReadAllText(sealPath), JsonDefaults.Compact);
            var written = Files(dir);
            if (seal is null || seal.Fingerprint != fingerprint || !Intact(written, seal.Files))
            {
                return null;
            }

            var report = Read(written.Json);
            return report is { Passed: true } && report.InputsFingerprint == fingerprint && report.Environment == environment
                ? (report, written with { JsonDigest = seal.Files["gate-report.json"] })
                : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or KeyNotFoundException or NotSupportedException)
        {
            return null; // an unreadable seal or report is never reused; the gates run again
        }
    }

    /// <summary>The report in <paramref name="json"/>, or null when it cannot be read.</summary>
    public static GateReport? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<GateReport>(File.ReadAllText(json), JsonDefaults.Compact);
        }
        catch (Exception ex) when (ex is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }

    /// <summary>Seals freshly written reports with their fingerprint; call after every report file is on disk.</summary>
    public static void Record(ReportWriter.Written written, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(written);
        Dictionary<string, string> files;
        try
        {
            files = Paths(written).ToDictionary(p => Path.GetFileName(p), p => Hashing.Digest(Hashing.Sha256File(p)), StringComparer.Ordinal);
        }
        catch (IOException)
        {
            return; // a concurrent run of this environment retracted or replaced the reports: seal nothing, reuse nothing
        }

        AtomicFile.WriteAllText(Path.Combine(Path.GetDirectoryName(written.Json)!, FileName),
            JsonSerializer.Serialize(new Seal(fingerprint, files), JsonDefaults.Indented) + "\n");
    }

    private static bool Intact(ReportWriter.Written written, IReadOnlyDictionary<string, string> recorded) =>
        Paths(written).All(p => File.Exists(p) && recorded.TryGetValue(Path.GetFileName(p), out var digest)
            && digest == Hashing.Digest(Hashing.Sha256File(p)));

    private static IEnumerable<string> Paths(ReportWriter.Written w) => [w.Json, w.Markdown, w.JUnit, w.Html];

    private static ReportWriter.Written Files(string dir) => new(
        Path.Combine(dir, "gate-report.json"), "", Path.Combine(dir, "gate-report.md"),
        Path.Combine(dir, "gate-report.junit.xml"), Path.Combine(dir, "gate-report.html"));
}
