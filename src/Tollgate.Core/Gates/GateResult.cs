using System.Text.Json.Nodes;

namespace Tollgate.Core.Gates;

/// <summary>The verdict of one gate: inputs, what was observed against which threshold, evidence and duration.</summary>
internal sealed record GateResult(string Name, string Kind, string Severity, double? Observed, string Threshold, bool Passed, string Message)
{
    /// <summary>pass, fail, or warn (failed with severity warn: reported, never blocks).</summary>
    public string Verdict => Passed ? "pass" : Severity == "warn" ? "warn" : "fail";

    public IReadOnlyDictionary<string, string> Inputs { get; init; } = new Dictionary<string, string>();

    /// <summary>Statistics, histograms, confusion matrices: whatever lets a person see why.</summary>
    public JsonNode? Evidence { get; init; }

    /// <summary>Findings that did not fail the gate but deserve attention (e.g. an added optional column).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    public double DurationMs { get; init; }
}
