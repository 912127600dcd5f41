using System.Text.Json.Nodes;

namespace Tollgate.Cli.Tests.Corpus;

/// <summary>OCI image layout corruption, one part at a time: index, manifest, layers, media types and sizes.</summary>
public partial class BadInputCorpusTests
{
    private const string LayoutIndex = "out/oci/index.json";

    /// <summary>Rewrites every manifest descriptor of index.json.</summary>
    private static void EachIndexEntry(CorpusProject p, Action<JsonObject> edit)
    {
        var index = JsonNode.Parse(File.ReadAllText(p.Combine(LayoutIndex)))!.AsObject();
        foreach (var entry in index["manifests"]!.AsArray())
        {
            edit(entry!.AsObject());
        }

        p.Write(LayoutIndex, index.ToJsonString());
    }

    private static string BlobOf(CorpusProject p, string digest) => p.Combine("out/oci/blobs/sha256/" + digest["sha256:".Length..]);

    /// <summary>The manifest blobs index.json points at.</summary>
    private static List<string> ManifestBlobs(CorpusProject p) =>
        [.. JsonNode.Parse(File.ReadAllText(p.Combine(LayoutIndex)))!["manifests"]!.AsArray().Select(e => BlobOf(p, e!["digest"]!.GetValue<string>()))];

    /// <summary>The largest blob: the model layer.</summary>
    private static string ModelLayer(CorpusProject p) => Blobs(p).OrderByDescending(b => new FileInfo(b).Length).First();

    private static IEnumerable<CorpusCase> OciVariantCases()
    {
        yield return Oci("index.json is a JSON array", p => p.Write(LayoutIndex, "[]"), ErrorCodes.OciLayoutInvalid);
        yield return Oci("index.json without manifests", p => p.Write(LayoutIndex, "{\"schemaVersion\":2}"), ErrorCodes.OciLayoutInvalid);
        yield return Oci("index.json empty file", p => p.Write(LayoutIndex, ""), ErrorCodes.OciLayoutInvalid);
        yield return Oci("index points to a missing manifest blob", p => ManifestBlobs(p).ForEach(File.Delete), ErrorCodes.OciNotFound);
        yield return Oci("index descriptor digest malformed", p => EachIndexEntry(p, e => e["digest"] = "sha256:xyz"), ErrorCodes.OciManifestInvalid);
        yield return Oci("manifest blob content changed", p => ManifestBlobs(p).ForEach(b => File.WriteAllText(b, File.ReadAllText(b).Replace("\"schemaVersion\":2", "\"schemaVersion\": 2", StringComparison.Ordinal))), ErrorCodes.DigestMismatch);
        yield return Oci("manifest of the wrong size in the index", p => EachIndexEntry(p, e => e["size"] = e["size"]!.GetValue<long>() + 1), ErrorCodes.DigestMismatch);
        yield return Oci("manifest with the wrong media type in the index", p => EachIndexEntry(p, e => e["mediaType"] = "text/plain"), ErrorCodes.OciManifestInvalid);
        yield return Oci("model layer truncated", p => { var b = ModelLayer(p); var bytes = File.ReadAllBytes(b); File.WriteAllBytes(b, bytes[..(bytes.Length / 2)]); }, ErrorCodes.DigestMismatch);
        yield return Oci("model layer changed, same size", p => { var b = ModelLayer(p); var bytes = File.ReadAllBytes(b); bytes[bytes.Length / 2] ^= 0xFF; File.WriteAllBytes(b, bytes); }, ErrorCodes.DigestMismatch);
        yield return Oci("model layer replaced by a folder", p => { var b = ModelLayer(p); File.Delete(b); Directory.CreateDirectory(b); }, ErrorCodes.OciNotFound);
        yield return Oci("oci-layout marker of an unknown version", p => p.Write("out/oci/oci-layout", "{\"imageLayoutVersion\":\"9.0.0\"}"), ErrorCodes.OciLayoutInvalid);
    }
}
