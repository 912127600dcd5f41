using System.Text.Json;
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
    public static ModelManifest Read(string artifactDir, bool verifyFiles = true) => Read(artifactDir, verifyFiles, cache: null);

    /// <summary>As <see cref="Read(string, bool)"/>, taking digests of files unchanged since Tollgate hashed them from <paramref name="cache"/>.</summary>
    public static ModelManifest Read(string artifactDir, bool verifyFiles, FileDigestCache? cache)
    {
        var path = Path.Combine(artifactDir, ModelManifest.FileName);
        if (!File.Exists(path))
        {
            throw new TollgateException(ErrorCodes.ArtifactNotFound, $"No {ModelManifest.FileName} in '{artifactDir}'.", "Point at a folder produced by 'tollgate train' (or fetch one).");
        }

        var manifest = Parse(File.ReadAllText(path), path);
        if (verifyFiles)
        {
            Verify(artifactDir, manifest, cache);
        }

        return manifest with { LegacyDigest = ContentDigest.FormatOf(manifest) == ContentDigest.LegacyFormat };
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

            return ManifestJsonReader.Read(document.RootElement, source);
        }
    }

    /// <summary>Every listed file exists with its digest, nothing unlisted was added, and the content digest matches.</summary>
    /// <param name="cache">Digests of files unchanged since Tollgate hashed them (null: hash every file).</param>
    /// <param name="deferred">Files checked here for presence and size only: the caller hashes them while it copies them
    /// and refuses a mismatch with <see cref="Mismatch"/> before anything it wrote is used.</param>
    public static void Verify(string artifactDir, ModelManifest manifest, FileDigestCache? cache = null, IReadOnlySet<string>? deferred = null)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var actual = ContentDigest.ListFiles(artifactDir, cache, rel => deferred?.Contains(rel) != true).ToDictionary(f => f.Path, StringComparer.Ordinal);
        foreach (var expected in manifest.Files)
        {
            if (!actual.Remove(expected.Path, out var found))
            {
                throw new TollgateException(ErrorCodes.DigestMismatch, $"'{expected.Path}' listed in the manifest is missing from '{artifactDir}'.", "Restore the artifact from its package or retrain.");
            }

            if ((found.Digest is not null && found.Digest != expected.Digest) || found.Size != expected.Size)
            {
                throw Mismatch(expected, found);
            }
        }

        if (actual.Count > 0)
        {
            throw new TollgateException(ErrorCodes.DigestMismatch, $"'{actual.Keys.First()}' in '{artifactDir}' is not listed in the manifest.", "Remove the extra file; artifacts are immutable once trained.");
        }

        if (manifest.DigestFormat is { } declared && declared is not (ContentDigest.LegacyFormat or ContentDigest.CurrentFormat))
        {
            throw new TollgateException(ErrorCodes.DigestFormatUnknown,
                $"{Path.Combine(artifactDir, ModelManifest.FileName)} declares digestFormat {declared}; this Tollgate knows {ContentDigest.LegacyFormat} (files only) and {ContentDigest.CurrentFormat} (files, schema, metrics and card).",
                "Use the Tollgate version that wrote the artifact, or retrain it with this one.");
        }

        // Format 1 (earlier versions) is accepted with its files verified; its metrics are marked untrusted (LegacyDigest).
        if (ContentDigest.FormatOf(manifest) is not null)
        {
            return;
        }

        var digest = ContentDigest.Of(manifest);
        throw new TollgateException(
            ErrorCodes.DigestMismatch,
            $"Content digest mismatch in '{artifactDir}': the manifest says {manifest.Digest}, but its files, schema, metrics and card give {digest}"
            + (manifest.DigestFormat == ContentDigest.CurrentFormat && ContentDigest.FilesOnly(manifest.Files) == manifest.Digest ? " (it declares digest format 2 but carries a files-only digest)." : "."),
            "The manifest (e.g. a metric) or a file was edited after training; restore the artifact from its package or retrain.");
    }

    /// <summary>The refusal of a file whose bytes (<paramref name="found"/>) differ from what the manifest lists.</summary>
    public static TollgateException Mismatch(ArtifactFile expected, ArtifactFile found)
    {
        ArgumentNullException.ThrowIfNull(expected);
        ArgumentNullException.ThrowIfNull(found);

        // Name what differs: with equal digests only the recorded size was changed, and two identical digests explain nothing.
        var what = found.Digest is not null && found.Digest != expected.Digest
            ? $"Digest mismatch for '{expected.Path}': manifest says {expected.Digest}, file is {found.Digest}."
            : $"Size mismatch for '{expected.Path}': manifest says {expected.Size:N0} bytes, file has {found.Size:N0}.";
        return new TollgateException(ErrorCodes.DigestMismatch, what, "The file or the manifest was changed after training; restore the artifact or retrain.");
    }
}
