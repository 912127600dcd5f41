using System.Text.Json;
using Tollgate.Core.Gates;
using Tollgate.Core.Util;

namespace Tollgate.Core.Tests.Reports;

/// <summary>The JSON a gate report is written as follows the published, versioned schema.</summary>
public class GateReportSchemaTests
{
    private static IReadOnlyList<string> Validate(GateReport report)
    {
        using var doc = JsonDocument.Parse(JsonSerializer.Serialize(report, JsonDefaults.Indented));
        return JsonSchemaValidator.FromEmbedded("tollgate.gate-report.v1.schema.json").Validate(doc.RootElement);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Written_reports_follow_the_schema(bool passing) =>
        Assert.That(Validate(ReportSamples.Drift(passing)), Is.Empty);

    [Test]
    public void The_schema_rejects_an_unknown_gate_kind()
    {
        var report = ReportSamples.Drift(true);
        var broken = report with { Gates = [report.Gates[0] with { Kind = "vibes" }] };
        Assert.That(Validate(broken), Has.Some.Contains("$.gates[0].kind"));
    }
}
