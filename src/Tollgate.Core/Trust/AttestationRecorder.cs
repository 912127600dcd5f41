using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Trust;

/// <summary>
/// After a promotion succeeded: writes its in-toto attestation (signed when a key is configured) into the attestation
/// store under the deployment's id, records it with the deployment (the ledger keeps digest and bundle, GitHub a status
/// with the digest), and attaches it as a referrer of the OCI artifact in the layout and registry the deployment names,
/// so it travels wherever the deployment is read. It is not an audit-trail entry: approvals and retirements stay the
/// only audit records.
/// </summary>
internal sealed class AttestationRecorder(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress = null)
{
    public sealed record Input(ModelManifest Manifest, DeploymentRecord Deployment, GateReport Report, string ReportDigest,
        ApprovalStatus? Approvals, DeploymentRecord? Previous, AttestedSignature? Signature);

    public Task<string> RecordAsync(Input input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var gates = new AttestedGates(input.Report.Passed, input.ReportDigest,
            input.Report.Gates.Select(g => new AttestedVerdict(g.Name, g.Kind, g.Verdict, g.Severity, g.Observed is { } o && double.IsFinite(o) ? o : null, g.Threshold)).ToList());
        var approvals = (input.Approvals?.Approvals ?? []).Select(a => new AttestedApproval(a.Actor.User, a.At, a.Comment)).ToList();
        return WriteAsync(input.Manifest, input.Deployment, gates, DataDigests(input.Manifest, input.Report.Gates.SelectMany(g => g.Inputs.Select(i => ($"{g.Name}:{i.Key}", i.Value)))),
            approvals, input.Previous?.Model.Digest, input.Signature, ct);
    }

    /// <summary>
    /// A run killed after the ledger recorded success left no attestation: the re-run (which finds the digest already
    /// live) writes it from the recorded gate report, so the chain does not break on a crash.
    /// </summary>
    public async Task RecoverAsync(string artifactDir, ModelManifest manifest, DeploymentRecord current, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(current);
        // The first attestation of the deployment stands wherever the dead run left it (store, ledger): converge the others on it.
        var stored = AttestationStore.For(config).PathOf(current.Environment, current.Id);
        var recorded = await RecordedAsync(current, File.Exists(stored), ct);
        var existing = File.Exists(stored) ? File.ReadAllBytes(stored) : recorded?.Bundle;
        if (existing is not null || recorded is not null)
        {
            if (existing is not null && recorded is null)
            {
                await RecordWithDeploymentAsync(current, existing, ct);
            }

            if (existing is not null)
            {
                await AttestationReferrers.AttachToDeploymentAsync(config, current, existing, AttestationReferrers.AttestationArtifactType, progress, ct);
            }

            return; // (GitHub keeps only the digest: its bundle was attached to the registry by the run that recorded it)
        }

        if (Reports.RecordedReport.Find(config.Resolve(config.Reports), current.Environment, current.GateReportDigest) is not { } written)
        {
            return; // no report to attest from
        }

        using var report = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(written.Json));
        var verdicts = report.RootElement.GetProperty("gates").EnumerateArray().Select(g => new AttestedVerdict(
            g.GetProperty("name").GetString()!, g.GetProperty("kind").GetString()!, g.GetProperty("verdict").GetString()!, g.GetProperty("severity").GetString()!,
            g.TryGetProperty("observed", out var o) && o.ValueKind == System.Text.Json.JsonValueKind.Number ? o.GetDouble() : null, g.GetProperty("threshold").GetString()!)).ToList();
        var target = config.Environment(current.Environment);
        ApprovalStatus? approvals = null;
        AttestedSignature? signature = null;
        try
        {
            approvals = await new ApprovalService(config, backend).RequireAsync(current.Environment, current.Model, ct);
            signature = await new TrustPolicy(config, backend).CheckAsync(target, current.Model, artifactDir, ct);
        }
        catch (Errors.TollgateException ex)
        {
            progress?.Report($"  ! attestation recovered without approvals/signature: {ex.Code} {ex.Message}");
        }

        await WriteAsync(manifest, current, new AttestedGates(verdicts.All(v => v.Verdict != "fail"), current.GateReportDigest, verdicts), DataDigests(manifest, []),
            (approvals?.Approvals ?? []).Select(a => new AttestedApproval(a.Actor.User, a.At, a.Comment)).ToList(), null, signature, ct);
    }

    private async Task<string> WriteAsync(ModelManifest manifest, DeploymentRecord d, AttestedGates gates, IReadOnlyDictionary<string, string> data,
        IReadOnlyList<AttestedApproval> approvals, string? previous, AttestedSignature? signature, CancellationToken ct)
    {
        var index = config.Environments.FindIndex(e => e.Name == d.Environment);
        var predicate = new PromotionPredicate
        {
            Model = new AttestedModel(d.Model.Name, d.Model.Version, d.Model.Digest, AttestationReferrers.DigestOf(d) ?? await AttestationReferrers.FindModelManifestAsync(config, manifest, ct)),
            Environment = d.Environment,
            PreviousEnvironment = index > 0 ? config.Environments[index - 1].Name : null,
            DeploymentId = d.Id,
            PromotedAt = DateTimeOffset.UtcNow,
            Actor = new AttestedActor(d.Actor.User, d.Actor.RunUrl),
            Gates = gates,
            DataDigests = data,
            Approvals = approvals,
            ModelSignature = signature,
            PreviousLiveDigest = previous,
            LedgerHead = LedgerHashes.HeadOf(backend),
            Backend = backend.Kind,
        };

        using var key = TrustKeys.SigningKeyOrNull(config);
        var bundle = SignedEnvelope.Create(PromotionStatement.Write(predicate), key).ToJson();
        var (path, _) = AttestationStore.For(config).Write(d.Environment, d.Id, bundle);
        bundle = File.ReadAllBytes(path); // a resumed deployment keeps its first attestation
        await RecordWithDeploymentAsync(d, bundle, ct);
        await AttestationReferrers.AttachToDeploymentAsync(config, d, bundle, AttestationReferrers.AttestationArtifactType, progress, ct);
        progress?.Report($"  attestation {(key is null ? "(unsigned: no signing key configured)" : $"signed by {key.Public.Hint[..12]}…")}: {path}");
        return path;
    }

    /// <summary>Records the attestation with its deployment; a backend that cannot is reported, not fatal (the promotion happened; a re-run records it).</summary>
    private async Task RecordWithDeploymentAsync(DeploymentRecord d, byte[] bundle, CancellationToken ct)
    {
        if (backend is not IAttestationLog log)
        {
            return;
        }

        var digest = Util.Hashing.Digest(Util.Hashing.Sha256Hex(bundle));
        try
        {
            await log.RecordAttestationAsync(d, digest, bundle, ct);
            progress?.Report($"  attestation {digest[..19]}… recorded with deployment {d.Id} ({backend.Kind})");
        }
        catch (Errors.TollgateException ex)
        {
            progress?.Report($"  ! could not record the attestation with deployment {d.Id}: {ex.Code} {ex.Message} (re-run the promotion to record it)");
        }
    }

    /// <summary>
    /// What the backend recorded for the deployment. Ledger backends project the digest, so a warm re-run that already
    /// has the bundle on disk reads no history; the bundle itself (a fresh agent) or GitHub's statuses are read only when needed.
    /// </summary>
    private async Task<RecordedAttestation?> RecordedAsync(DeploymentRecord current, bool haveBundle, CancellationToken ct)
    {
        if (backend is not IAttestationLog log)
        {
            return null;
        }

        if (backend is LocalEnvironmentBackend && (current.AttestationDigest is null || haveBundle))
        {
            return current.AttestationDigest is { } digest ? new RecordedAttestation(current.Id, digest, null, backend.Kind) : null;
        }

        return (await log.ListAttestationsAsync(ct)).LastOrDefault(r => r.DeploymentId == current.Id);
    }

    /// <summary>The lineage's training/test data and every data file a gate read (inputs given as sha256 digests).</summary>
    private static SortedDictionary<string, string> DataDigests(ModelManifest manifest, IEnumerable<(string Name, string Value)> gateInputs)
    {
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["training"] = manifest.Lineage.DataDigest };
        if (manifest.Lineage.TestDataDigest is { } test)
        {
            digests["test"] = test;
        }

        foreach (var (name, value) in gateInputs.Where(i => Util.Hashing.Prefix.Length + 64 == i.Value.Length && i.Value.StartsWith(Util.Hashing.Prefix, StringComparison.Ordinal)))
        {
            digests[name] = value;
        }

        return digests;
    }
}
