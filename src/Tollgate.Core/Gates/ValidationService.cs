using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Logging;
using Tollgate.Core.Reports;

namespace Tollgate.Core.Gates;

/// <summary>
/// Runs an environment's gates against a candidate and owns everything around them that every front end needs:
/// the reports on disk, one line per gate, and CI annotations. <c>validate</c> and <c>promote</c> both go through it.
/// </summary>
public sealed class ValidationService(TollgateConfig config, IEnvironmentBackend backend, ITollgateLog? log = null)
{
    private readonly ITollgateLog log = log ?? TollgateLog.None;

    public async Task<ValidationResult> ValidateAsync(string environment, string candidateDir, ValidationOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(options);
        var target = config.Environment(environment);
        var reportsDir = options.ReportsDir ?? config.Resolve(config.Reports);
        // A previous run's reports must never pass for this run's: retract them before any gate runs,
        // unless they are the ones a crashed run of this very promotion recorded with its deployment.
        var recorded = RecordedReport.Find(reportsDir, environment, options.RecordedReportDigest);
        if (recorded is null)
        {
            ReportWriter.Retract(reportsDir, environment);
        }

        var report = await new GateEvaluator(config, backend).EvaluateAsync(target, candidateDir, ct, options.CurrentData);
        var written = recorded ?? ReportWriter.Write(reportsDir, report, options.EnvironmentVariables);
        foreach (var line in CiAnnotations.For(report, options.EnvironmentVariables))
        {
            log.Annotation(line);
        }

        foreach (var gate in report.Gates)
        {
            log.Info((gate.Passed ? "  ✓ " : gate.Severity == "warn" ? "  ! " : "  ✗ ") + gate.Message);
        }

        return new ValidationResult(report, written);
    }
}
