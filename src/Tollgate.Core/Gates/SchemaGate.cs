using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>
/// The <c>schema</c> gate: the candidate's input/output schema against the serving contract (the running
/// model's schema). Removed, renamed or retyped columns fail; added inputs warn (or fail if configured).
/// </summary>
internal sealed class SchemaGate(GateSection section) : IGate
{
    public string Kind => "schema";

    public Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        var options = section.Schema ?? new SchemaGateSection();
        var name = section.Name ?? "schema: compatible with the serving contract";
        if (context.Baseline is null)
        {
            return Task.FromResult(new GateResult(name, Kind, section.Severity, null, "no breaking change", section.AllowFirstDeployment,
                $"schema gate: no model runs in {context.Environment.Name} yet, so there is no serving contract" + (section.AllowFirstDeployment ? "; first deployment allowed" : " and allowFirstDeployment is false")));
        }

        var breaking = new List<string>();
        var warnings = new List<string>();
        Compare("input", context.Baseline.Schema.Inputs, context.Candidate.Schema.Inputs, breaking, warnings, options.FailOnAddedInputs);
        Compare("output", context.Baseline.Schema.Outputs, context.Candidate.Schema.Outputs, breaking, warnings, failOnAdded: false);
        var passed = breaking.Count == 0;
        var message = passed
            ? $"schema gate passed against {context.Baseline.Version}" + (warnings.Count > 0 ? $" with {warnings.Count} warning(s): {string.Join("; ", warnings)}" : "")
            : $"schema gate failed against the serving contract of {context.Baseline.Version}: {string.Join("; ", breaking)}";
        return Task.FromResult(new GateResult(name, Kind, section.Severity, breaking.Count, "0 breaking changes", passed, message)
        {
            Inputs = new Dictionary<string, string> { ["candidate"] = context.Candidate.Version, ["contract"] = context.Baseline.Version },
            Warnings = warnings,
        });
    }

    private static void Compare(string side, IReadOnlyList<SchemaColumn> contract, IReadOnlyList<SchemaColumn> candidate, List<string> breaking, List<string> warnings, bool failOnAdded)
    {
        var byName = candidate.ToDictionary(c => c.Name, StringComparer.Ordinal);
        foreach (var column in contract)
        {
            if (!byName.Remove(column.Name, out var now))
            {
                breaking.Add($"{side} column '{column.Name}' was removed or renamed");
            }
            else if (now.Type != column.Type || (now.Kind ?? "") != (column.Kind ?? ""))
            {
                breaking.Add($"{side} column '{column.Name}' changed type from {column.Type}/{column.Kind} to {now.Type}/{now.Kind}");
            }
        }

        foreach (var added in byName.Keys.Order(StringComparer.Ordinal))
        {
            (failOnAdded ? breaking : warnings).Add($"{side} column '{added}' was added");
        }
    }
}
