using System.Text.Json;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Packaging;
using Tollgate.Core.Util;

namespace Tollgate.Core.Environments.Retirement;

/// <summary>
/// Keeps what explains a retired version under <c>.tollgate/archive/NAME/VERSION/</c>: its manifest (from the artifact
/// folder or the feed's package), each environment's gate report that is still the one its deployment recorded (by
/// digest), and <c>retirement.json</c> with the record and every deployment of the digest.
/// </summary>
internal static class RetirementArchive
{
    public const string Folder = ".tollgate/archive";

    public static string Write(TollgateConfig config, ModelRef model, AuditEntry retirement, IReadOnlyList<DeploymentRecord> deployments)
    {
        var dir = Path.Combine(config.Resolve(Folder), model.Name, model.Version);
        Directory.CreateDirectory(dir);
        if (FindManifest(config, model.Digest) is { } manifest)
        {
            AtomicFile.WriteAllText(Path.Combine(dir, ModelManifest.FileName), ManifestStore.Serialize(manifest));
        }

        foreach (var d in deployments.Where(d => d.GateReportDigest is not null).DistinctBy(d => d.Environment))
        {
            var report = Path.Combine(config.Resolve(config.Reports), d.Environment, "gate-report.json");
            if (File.Exists(report) && Hashing.Digest(Hashing.Sha256File(report)) == d.GateReportDigest)
            {
                AtomicFile.Copy(report, Path.Combine(dir, $"gate-report.{d.Environment}.json"));
            }
        }

        var record = new { retirement, deployments };
        AtomicFile.WriteAllText(Path.Combine(dir, "retirement.json"), JsonSerializer.Serialize(record, JsonDefaults.Indented) + "\n");
        return dir;
    }

    private static ModelManifest? FindManifest(TollgateConfig config, string digest)
    {
        var output = config.Resolve(config.Model.Output);
        if (File.Exists(Path.Combine(output, ModelManifest.FileName)) && ManifestStore.Read(output, verifyFiles: false) is { } local && local.Digest == digest)
        {
            return local;
        }

        return FolderFeed.Manifests(config.Resolve(config.Package.Feed)).FirstOrDefault(m => m.Digest == digest);
    }
}
