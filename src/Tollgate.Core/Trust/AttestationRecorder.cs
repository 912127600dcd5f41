using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Trust;

/// <summary>
/// After a promotion succeeded: writes its in-toto attestation (signed when a key is configured) into the attestation
/// store under the deployment's id, and attaches it as a referrer of the OCI artifact in the registry the deployment names.
/// It is not an audit-trail entry: approvals and retirements stay the only audit records.
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
        if (File.Exists(AttestationStore.For(config).PathOf(current.Environment, current.Id))
            || Reports.RecordedReport.Find(config.Resolve(config.Reports), current.Environment, current.GateReportDigest) is not { } written)
        {
            return;
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
            signature = new TrustPolicy(config, backend).Check(target, current.Model, artifactDir);
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
            LedgerHead = backend is LocalEnvironmentBackend { Ledger: Ledger.LedgerFile file } ? LedgerHashes.Head(file) : null,
            Backend = backend.Kind,
        };

        using var key = TrustKeys.SigningKeyOrNull(config);
        var bundle = SignedEnvelope.Create(PromotionStatement.Write(predicate), key).ToJson();
        var (path, _) = AttestationStore.For(config).Write(d.Environment, d.Id, bundle);

        // Registries only: the local layout is a reproducible build output (its index and blobs must not change with the time of a promotion).
        await AttestationReferrers.AttachToDeploymentAsync(config, d, bundle, AttestationReferrers.AttestationArtifactType, progress, ct, registriesOnly: true);
        progress?.Report($"  attestation {(key is null ? "(unsigned: no signing key configured)" : $"signed by {key.Public.Hint[..12]}…")}: {path}");
        return path;
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
