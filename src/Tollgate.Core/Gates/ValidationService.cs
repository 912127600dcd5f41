using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Logging;
using Tollgate.Core.Reports;

namespace Tollgate.Core.Gates;

/// <summary>
/// Runs an environment's gates against a candidate and owns everything around them that every front end needs:
/// the reports on disk, one line per gate, and CI annotations. <c>validate</c> and <c>promote</c> both go through it.
/// A passing report whose inputs (<see cref="GateInputs"/>) are unchanged is reused instead of running the gates again.
/// </summary>
public sealed class ValidationService
{
    private readonly TollgateConfig config;
    private readonly IEnvironmentBackend backend;
    private readonly ITollgateLog log;

    /// <summary>A validation service over the backend <paramref name="config"/> names (<c>backend:</c> in tollgate.yml).</summary>
    /// <param name="config">The loaded tollgate.yml.</param>
    /// <param name="log">Receives one line per gate, warnings and CI annotations; null discards them.</param>
    public ValidationService(TollgateConfig config, ITollgateLog? log = null)
        : this(config, BackendFactory.Create(config ?? throw new ArgumentNullException(nameof(config))), log)
    {
    }

    internal ValidationService(TollgateConfig config, IEnvironmentBackend backend, ITollgateLog? log = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(backend);
        (this.config, this.backend, this.log) = (config, backend, log ?? TollgateLog.None);
    }

    /// <summary>Loads and verifies the artifact in <paramref name="candidateDir"/>, then runs <paramref name="environment"/>'s gates on it.</summary>
    /// <param name="environment">A configured environment's name.</param>
    /// <param name="candidateDir">The artifact folder (<c>tollgate.model.json</c> and its files).</param>
    /// <param name="options">Current data, reports folder and whether to re-run unchanged gates.</param>
    /// <param name="ct">Cancels the validation.</param>
    /// <returns>The verdict and the report's path; a failing gate is a verdict (<see cref="ValidationResult.Passed"/> false), not an exception.</returns>
    public Task<ValidationResult> ValidateAsync(string environment, string candidateDir, ValidationOptions options, CancellationToken ct) =>
        ValidateAsync(environment, VerifiedArtifact.Load(candidateDir), options, ct);

    /// <summary>Validates a candidate the calling command already loaded and verified (it is not read again).</summary>
    /// <param name="environment">A configured environment's name.</param>
    /// <param name="artifact">The candidate, loaded with <see cref="VerifiedArtifact.Load(string)"/>.</param>
    /// <param name="options">Current data, reports folder and whether to re-run unchanged gates.</param>
    /// <param name="ct">Cancels the validation.</param>
    /// <returns>The verdict and the report's path.</returns>
    public async Task<ValidationResult> ValidateAsync(string environment, VerifiedArtifact artifact, ValidationOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(options);
        var target = config.Environment(environment);
        var reportsDir = options.ReportsDir ?? config.Resolve(config.Reports);
        var current = await CurrentAsync(target, artifact.Manifest.Name, options, ct);
        var candidate = artifact.Manifest;
        var fingerprint = GateInputs.Fingerprint(config, target, candidate, current, options.CurrentData);
        // A resumed promotion keeps the reports a crashed run recorded with its deployment (checked by digest).
        var recorded = RecordedReport.Find(reportsDir, environment, options.RecordedReportDigest);
        if (recorded is null && !options.RerunGates && Reusable(reportsDir, environment, fingerprint) is var (kept, files))
        {
            log.Info($"gates unchanged since {files.Json}, not re-run ({kept.Summary}).");
            Announce(kept, options);
            return new ValidationResult(kept, files, reused: true);
        }

        // A previous run's reports must never pass for this run's: retract them before any gate runs.
        if (recorded is null)
        {
            ReportWriter.Retract(reportsDir, environment);
        }

        var report = await new GateEvaluator(config, backend).EvaluateAgainstAsync(target, artifact, current, options.CurrentData, ct)
            with { InputsFingerprint = fingerprint };
        var written = recorded ?? ReportWriter.Write(reportsDir, report, options.EnvironmentVariables);
        if (recorded is null && report.Passed && fingerprint is not null)
        {
            ReusedReport.Record(written, fingerprint); // last: a run killed before this leaves nothing to reuse
        }

        Announce(report, options);
        foreach (var gate in report.Gates)
        {
            log.Info((gate.Passed ? "  ✓ " : gate.Severity == "warn" ? "  ! " : "  ✗ ") + gate.Message);
        }

        return new ValidationResult(report, written);
    }

    /// <summary>True when <see cref="ValidateAsync(string, VerifiedArtifact, ValidationOptions, CancellationToken)"/> would reuse a report; callers that retract early ask this first.</summary>
    internal Task<bool> WouldReuseAsync(string environment, string candidateDir, ValidationOptions options, CancellationToken ct) =>
        WouldReuseAsync(environment, VerifiedArtifact.Load(candidateDir), options, ct);

    internal async Task<bool> WouldReuseAsync(string environment, VerifiedArtifact artifact, ValidationOptions options, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(options);
        if (options.RerunGates)
        {
            return false;
        }

        var target = config.Environment(environment);
        var (candidate, current) = (artifact.Manifest, await CurrentAsync(target, artifact.Manifest.Name, options, ct));
        var fingerprint = GateInputs.Fingerprint(config, target, candidate, current, options.CurrentData);
        return Reusable(options.ReportsDir ?? config.Resolve(config.Reports), environment, fingerprint) is not null;
    }

    // Only a sealed passing report with the same inputs is reused: a changed data file, gate or baseline re-runs the gates.
    private static (GateReport Report, ReportWriter.Written Files)? Reusable(string reportsDir, string environment, string? fingerprint) =>
        ReusedReport.Find(reportsDir, environment, fingerprint);

    // The baseline is the candidate's own model live there: another model sharing the environment name is no baseline.
    private async Task<DeploymentRecord?> CurrentAsync(EnvironmentSection target, string model, ValidationOptions options, CancellationToken ct) =>
        EnvironmentState.CurrentOf(options.Deployments ?? await backend.ListDeploymentsAsync(target.Name, ct), target.Name, model);

    private void Announce(GateReport report, ValidationOptions options)
    {
        foreach (var line in CiAnnotations.For(report, options.EnvironmentVariables))
        {
            log.Annotation(line);
        }
    }
}
