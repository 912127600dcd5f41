using System.Text.RegularExpressions;
using Tollgate.Core.Config;

namespace Tollgate.Core.Gates;

/// <summary>
/// The <c>compliance</c> gate: model-card fields filled, licence allowed, lineage complete, and no feature
/// whose name or content looks like personal data (e-mail, phone, national id) unless explicitly allowed.
/// </summary>
internal sealed partial class ComplianceGate(GateSection section) : IGate
{
    public string Kind => "compliance";

    public Task<GateResult> EvaluateAsync(GateContext context, CancellationToken cancellationToken)
    {
        var options = section.Compliance ?? new ComplianceGateSection();
        var m = context.Candidate;
        var problems = new List<string>();
        foreach (var field in options.RequiredCardFields)
        {
            var filled = field switch
            {
                "description" => !string.IsNullOrWhiteSpace(m.Card.Description),
                "intendedUse" => !string.IsNullOrWhiteSpace(m.Card.IntendedUse),
                "limitations" => !string.IsNullOrWhiteSpace(m.Card.Limitations),
                "owners" => m.Card.Owners.Count > 0,
                "license" => !string.IsNullOrWhiteSpace(m.Card.License),
                _ => false,
            };
            if (!filled)
            {
                problems.Add($"model card field '{field}' is empty");
            }
        }

        if (m.Card.License is not { Length: > 0 } license || !options.AllowedLicenses.Contains(license, StringComparer.OrdinalIgnoreCase))
        {
            problems.Add($"licence '{m.Card.License ?? "(none)"}' is not in the allowed list ({string.Join(", ", options.AllowedLicenses)})");
        }

        if (m.Lineage.Commit is "unknown" or "")
        {
            problems.Add("lineage has no git commit");
        }

        if (options.RequireCleanCommit && m.Lineage.Dirty)
        {
            problems.Add("the model was trained from a working tree with uncommitted changes");
        }

        foreach (var column in m.Schema.Inputs.Where(c => !options.AllowPersonalData.Contains(c.Name, StringComparer.Ordinal)))
        {
            if (PersonalName().IsMatch(column.Name))
            {
                problems.Add($"feature '{column.Name}' looks like personal data by its name");
            }
        }

        problems.AddRange(PersonalDataScanner.Scan(context.Config, m.Schema.Inputs.Select(c => c.Name).Except(options.AllowPersonalData, StringComparer.Ordinal)));
        var passed = problems.Count == 0;
        return Task.FromResult(new GateResult(section.Name ?? "compliance", Kind, section.Severity, problems.Count, "0 findings", passed,
            passed ? "compliance gate passed: card complete, licence allowed, lineage complete, no personal data found" : "compliance gate failed: " + string.Join("; ", problems)));
    }

    [GeneratedRegex(@"(^|[_\-.])(e_?mail|phone|mobile|ssn|social_?security|national_?id|passport|iban|credit_?card|first_?name|last_?name|full_?name|surname|street|address|birth_?date|date_?of_?birth|dob)($|[_\-.])", RegexOptions.IgnoreCase)]
    private static partial Regex PersonalName();
}
