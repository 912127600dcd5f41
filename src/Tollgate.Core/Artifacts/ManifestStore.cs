using System.Text.Json;
using Tollgate.Core.Errors;
using Tollgate.Core.Util;

namespace Tollgate.Core.Artifacts;

/// <summary>Reads (schema-validated, digest-verified) and writes <c>tollgate.model.json</c>.</summary>
internal static class ManifestStore
{
    private static readonly Lazy<JsonSchemaValidator> Validator = new(() => JsonSchemaValidator.FromEmbedded("tollgate.model.v1.schema.json"));

    public static void Write(string artifactDir, ModelManifest manifest) =>
        AtomicFile.WriteAllText(Path.Combine(artifactDir, ModelManifest.FileName), Serialize(manifest));

    public static string Serialize(ModelManifest manifest) => JsonSerializer.Serialize(manifest, JsonDefaults.Indented) + "\n";

    /// <summary>Reads the manifest of an artifact folder; refuses invalid manifests and files that do not match it.</summary>
    public static ModelManifest Read(string artifactDir, bool verifyFiles = true)
    {
        var path = Path.Combine(artifactDir, ModelManifest.FileName);
        if (!File.Exists(path))
        {
            throw new TollgateException(ErrorCodes.ArtifactNotFound, $"No {ModelManifest.FileName} in '{artifactDir}'.", "Point at a folder produced by 'tollgate train' (or fetch one).");
        }

        var manifest = Parse(File.ReadAllText(path), path);
        if (verifyFiles)
        {
            Verify(artifactDir, manifest);
        }

        return manifest;
    }

    public static ModelManifest Parse(string json, string source)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            throw new TollgateException(ErrorCodes.ManifestInvalid, $"{source} is not valid JSON: {ex.Message}", "Regenerate the artifact with 'tollgate train'.");
        }

        using (document)
        {
            var errors = Validator.Value.Validate(document.RootElement);
            if (errors.Count > 0)
            {
                throw new TollgateException(
                    ErrorCodes.ManifestInvalid,
                    $"{source} does not follow tollgate.model.v1.schema.json:\n  " + string.Join("\n  ", errors.Take(20)),
                    "Fix the listed fields or regenerate the artifact with 'tollgate train'.");
            }

            return document.RootElement.Deserialize<ModelManifest>(JsonDefaults.Indented)!;
        }
    }

    /// <summary>Every listed file exists with its digest, nothing unlisted was added, and the content digest matches.</summary>
    public static void Verify(string artifactDir, ModelManifest manifest)
    {
        var actual = ContentDigest.ListFiles(artifactDir).ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var expected in manifest.Files)
        {
            if (!actual.Remove(expected.Path, out var found))
            {
                throw new TollgateException(ErrorCodes.DigestMismatch, $"'{expected.Path}' listed in the manifest is missing from '{artifactDir}'.", "Restore the artifact from its package or retrain.");
            }

            if (found.Digest != expected.Digest || found.Size != expected.Size)
            {
                // Name what differs: with equal digests only the recorded size was changed, and two identical digests explain nothing.
                var what = found.Digest != expected.Digest
                    ? $"Digest mismatch for '{expected.Path}': manifest says {expected.Digest}, file is {found.Digest}."
                    : $"Size mismatch for '{expected.Path}': manifest says {expected.Size:N0} bytes, file has {found.Size:N0}.";
                throw new TollgateException(ErrorCodes.DigestMismatch, what, "The file or the manifest was changed after training; restore the artifact or retrain.");
            }
        }

        if (actual.Count > 0)
        {
            throw new TollgateException(ErrorCodes.DigestMismatch, $"'{actual.Keys.First()}' in '{artifactDir}' is not listed in the manifest.", "Remove the extra file; artifacts are immutable once trained.");
        }

        var digest = ContentDigest.Of(manifest);
        if (digest == manifest.Digest)
        {
            return;
        }

        if (ContentDigest.FilesOnly(manifest.Files) == manifest.Digest)
        {
            throw new TollgateException(
                ErrorCodes.ArtifactFromOlderVersion,
                $"'{artifactDir}' was written by an older Tollgate whose digest did not cover the manifest's schema, metrics and card, so they cannot be trusted.",
                "Retrain it with 'tollgate train' (or re-fetch a package built by this version).");
        }

        throw new TollgateException(
            ErrorCodes.DigestMismatch,
            $"Content digest mismatch in '{artifactDir}': the manifest says {manifest.Digest}, but its files, schema, metrics and card give {digest}.",
            "The manifest (e.g. a metric) or a file was edited after training; restore the artifact from its package or retrain.");
    }
}
