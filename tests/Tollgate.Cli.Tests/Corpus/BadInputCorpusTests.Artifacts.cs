using System.Text.RegularExpressions;
using Tollgate.Core.Artifacts;

namespace Tollgate.Cli.Tests.Corpus;

public partial class BadInputCorpusTests
{
    private const string Manifest = "out/model/tollgate.model.json";

    private static CorpusCase Artifact(string name, Action<CorpusProject> spoil, string code, string command = "validate -e staging {cfg}") =>
        new("artifact", name, spoil, command, 2, code);

    private static void EditManifest(CorpusProject p, string pattern, string replacement) =>
        p.Edit(Manifest, s => Regex.Replace(s, pattern, replacement));

    private static IEnumerable<CorpusCase> ArtifactCases()
    {
        const string Mismatch = ErrorCodes.DigestMismatch;
        yield return Artifact("hand-edited metric", p => EditManifest(p, "\"auc\": [0-9.E-]+", "\"auc\": 0.999"), Mismatch);
        yield return Artifact("hand-edited metric, promote", p => EditManifest(p, "\"auc\": [0-9.E-]+", "\"auc\": 0.999"), Mismatch, "promote -e staging {cfg}");
        yield return Artifact("hand-edited metric, pack", p => EditManifest(p, "\"auc\": [0-9.E-]+", "\"auc\": 0.999"), Mismatch, "pack --nuget {cfg}");
        yield return Artifact("hand-edited card licence", p => EditManifest(p, "\"owners\": \\[\\]", "\"owners\": [\"me@example.com\"]"), Mismatch);
        yield return Artifact("hand-edited input schema", p => EditManifest(p, "\"name\": \"x2\"", "\"name\": \"x3\""), Mismatch);
        yield return Artifact("extra file", p => p.Write("out/model/extra.bin", "x"), Mismatch);
        yield return Artifact("extra hidden file", p => p.Write("out/model/.hidden", "x"), Mismatch);
        yield return Artifact("extra file in a hidden folder", p => p.Write("out/model/.cache/x", "x"), Mismatch);
        yield return Artifact("model file missing", p => File.Delete(p.Combine("out/model/model.zip")), Mismatch);
        yield return Artifact("model file with one changed byte", p =>
        {
            var bytes = File.ReadAllBytes(p.Combine("out/model/model.zip"));
            bytes[bytes.Length / 2] ^= 0xFF;
            p.WriteBytes("out/model/model.zip", bytes);
        }, Mismatch);
        yield return Artifact("dangling symbolic link", p => File.CreateSymbolicLink(p.Combine("out/model/link.bin"), p.Combine("out/model/nowhere")), Mismatch);
        yield return Artifact("manifest that is not JSON", p => p.Write(Manifest, "{not json"), ErrorCodes.ManifestInvalid);
        yield return Artifact("manifest with an unknown field", p => EditManifest(p, "\"seed\":", "\"sede\": 1, \"seed\":"), ErrorCodes.ManifestInvalid);
        yield return Artifact("manifest with a bad digest format", p => EditManifest(p, "\"digest\": \"sha256:[0-9a-f]+\",\\s*\"framework\"", "\"digest\": \"md5:1\", \"framework\""), ErrorCodes.ManifestInvalid);
        yield return Artifact("manifest missing", p => File.Delete(p.Combine(Manifest)), ErrorCodes.ArtifactNotFound);
        yield return Artifact("artifact folder missing", _ => { }, ErrorCodes.ArtifactNotFound, "validate -e staging {cfg} --artifact {p}/nowhere");
        yield return Artifact("artifact path is a file", _ => { }, ErrorCodes.ArtifactNotFound, "validate -e staging {cfg} --artifact {p}/data.csv");
        // An earlier Tollgate's manifest: no digestFormat, files-only digest. Read as legacy; the metric gate refuses its metrics.
        yield return Artifact("digested by an older version, metric gate", p =>
        {
            var manifest = ManifestStore.Read(p.Combine("out/model"));
            ManifestStore.Write(p.Combine("out/model"), manifest with { DigestFormat = null, Digest = ContentDigest.FilesOnly(manifest.Files) });
        }, ErrorCodes.LegacyMetricsRefused);
        yield return Artifact("declares the current digest format but carries a files-only digest", p =>
        {
            var manifest = ManifestStore.Read(p.Combine("out/model"));
            ManifestStore.Write(p.Combine("out/model"), manifest with { Digest = ContentDigest.FilesOnly(manifest.Files) });
        }, Mismatch);
        yield return Artifact("unknown digest format", p => EditManifest(p, "\"digestFormat\": 2", "\"digestFormat\": 3"), ErrorCodes.DigestFormatUnknown);
    }
}
