using System.Globalization;
using System.Xml.Linq;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Reports;

/// <summary>JUnit XML: one test case per gate, so GitHub and Azure Pipelines test tabs show gates.</summary>
internal static class JUnitReport
{
    public static string Render(GateReport report)
    {
        var suite = new XElement("testsuite",
            new XAttribute("name", $"tollgate.{report.Environment}"),
            new XAttribute("tests", report.Gates.Count),
            new XAttribute("failures", report.Gates.Count(g => g.Verdict == "fail")),
            new XAttribute("skipped", 0),
            new XAttribute("time", Seconds(report.Gates.Sum(g => g.DurationMs))),
            new XAttribute("timestamp", report.EvaluatedAt.UtcDateTime.ToString("s", CultureInfo.InvariantCulture)),
            new XElement("properties",
                new XElement("property", new XAttribute("name", "candidate"), new XAttribute("value", $"{report.Candidate.Name}@{report.Candidate.Version}")),
                new XElement("property", new XAttribute("name", "digest"), new XAttribute("value", report.Candidate.Digest))),
            report.Gates.Select(Case));
        return new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement("testsuites", new XAttribute("name", "tollgate"), suite)).ToString() + "\n";
    }

    private static XElement Case(GateResult g)
    {
        var element = new XElement("testcase",
            new XAttribute("classname", $"tollgate.{g.Kind}"),
            new XAttribute("name", g.Name),
            new XAttribute("time", Seconds(g.DurationMs)));
        if (g.Verdict == "fail")
        {
            element.Add(new XElement("failure", new XAttribute("message", g.Message), new XAttribute("type", g.Kind), g.Message));
        }
        else if (g.Verdict == "warn" || g.Warnings.Count > 0)
        {
            element.Add(new XElement("system-out", "warning: " + string.Join("; ", g.Warnings.DefaultIfEmpty(g.Message))));
        }

        return element;
    }

    private static string Seconds(double ms) => (ms / 1000).ToString("0.###", CultureInfo.InvariantCulture);
}
