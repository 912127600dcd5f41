using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Gates;

namespace Tollgate.Core.Trust;

/// <summary>
/// After a promotion succeeded: writes its in-toto attestation (signed when a key is configured) into the attestation
/// store under the deployment's id, and attaches it to the OCI artifact in the configured layout as a referrer.
/// It is not an audit-trail entry: approvals and retirements stay the only audit records.
/// </summary>
public sealed class AttestationRecorder(TollgateConfig config, IEnvironmentBackend backend, IProgress<string>? progress = null)
{
    public sealed record Input(ModelManifest Manifest, DeploymentRecord Deployment, GateReport Report, string ReportDigest,
        ApprovalStatus? Approvals, DeploymentRecord? Previous, AttestedSignature? Signature);

    public async Task<string> RecordAsync(Input input, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(input);
        var d = input.Deployment;
        var index = config.Environments.FindIndex(e => e.Name == d.Environment);
        var ociDigest = AttestationReferrers.DigestOf(d) ?? await AttestationReferrers.FindModelManifestAsync(config, input.Manifest, ct);
        var predicate = new PromotionPredicate
        {
            Model = new AttestedModel(d.Model.Name, d.Model.Version, d.Model.Digest, ociDigest),
            Environment = d.Environment,
            PreviousEnvironment = index > 0 ? config.Environments[index - 1].Name : null,
            DeploymentId = d.Id,
            PromotedAt = DateTimeOffset.UtcNow,
            Actor = new AttestedActor(d.Actor.User, d.Actor.RunUrl),
            Gates = new AttestedGates(input.Report.Passed, input.ReportDigest,
                input.Report.Gates.Select(g => new AttestedVerdict(g.Name, g.Kind, g.Verdict, g.Severity, g.Observed is { } o && double.IsFinite(o) ? o : null, g.Threshold)).ToList()),
            DataDigests = DataDigests(input.Manifest, input.Report),
            Approvals = (input.Approvals?.Approvals ?? []).Select(a => new AttestedApproval(a.Actor.User, a.At, a.Comment)).ToList(),
            ModelSignature = input.Signature,
            PreviousLiveDigest = input.Previous?.Model.Digest,
            LedgerHead = backend is LocalEnvironmentBackend local ? LedgerHashes.Head(local.Ledger) : null,
            Backend = backend.Kind,
        };

        using var key = TrustKeys.SigningKeyOrNull(config);
        var bundle = SignedEnvelope.Create(PromotionStatement.Write(predicate), key).ToJson();
        var (path, _) = AttestationStore.For(config).Write(d.Environment, d.Id, bundle);
        if (AttestationReferrers.DigestOf(d) is not null)
        {
            await AttestationReferrers.AttachToDeploymentAsync(config, d, bundle, AttestationReferrers.AttestationArtifactType, progress, ct);
        }
        else if (ociDigest is not null)
        {
            await AttestationReferrers.AttachAsync(config, ociDigest, bundle, AttestationReferrers.AttestationArtifactType, ct);
        }

        progress?.Report($"  attestation {(key is null ? "(unsigned: no signing key configured)" : $"signed by {key.Public.Hint[..12]}…")}: {path}");
        return path;
    }

    /// <summary>The lineage's training/test data and every data file a gate read (inputs given as sha256 digests).</summary>
    private static SortedDictionary<string, string> DataDigests(ModelManifest manifest, GateReport report)
    {
        var digests = new SortedDictionary<string, string>(StringComparer.Ordinal) { ["training"] = manifest.Lineage.DataDigest };
        if (manifest.Lineage.TestDataDigest is { } test)
        {
            digests["test"] = test;
        }

        foreach (var gate in report.Gates)
        {
            foreach (var (name, value) in gate.Inputs.Where(i => Util.Hashing.Prefix.Length + 64 == i.Value.Length && i.Value.StartsWith(Util.Hashing.Prefix, StringComparison.Ordinal)))
            {
                digests[$"{gate.Name}:{name}"] = value;
            }
        }

        return digests;
    }
}
