using System.Text;
using System.Text.Json;
using Tollgate.Core.Util;

namespace Tollgate.Core.Artifacts;

/// <summary>
/// The artifact digest: sha256 over a canonical listing "&lt;sha256 hex&gt;  &lt;size&gt;  &lt;path&gt;\n" per file,
/// paths relative with '/' separators and sorted ordinally, so it is identical across machines and OSes, followed by
/// one line for what gates decide on (the manifest's schema, metrics and card, as canonical JSON). Every file counts,
/// hidden ones too; the manifest file itself is excluded (it carries the digest), but its decision content is not,
/// so a hand-edited metric changes the identity and is refused like a changed byte.
/// </summary>
internal static class ContentDigest
{
    /// <summary>Pseudo-path of the decision line in the listing; cannot clash with a real file (no '#' in listed paths is assumed).</summary>
    public const string DecisionsEntry = ModelManifest.FileName + "#decisions";

    public static IReadOnlyList<ArtifactFile> ListFiles(string artifactDir) => ListFiles(artifactDir, cache: null, hash: _ => true);

    /// <summary>
    /// Lists every file; hashes those <paramref name="hash"/> selects (the others get a null digest: a caller verifies
    /// them while it copies them), taking the digest from <paramref name="cache"/> when the file is unchanged since
    /// Tollgate last hashed it, and recording what it hashes there.
    /// </summary>
    public static IReadOnlyList<ArtifactFile> ListFiles(string artifactDir, FileDigestCache? cache, Func<string, bool> hash)
    {
        ArgumentNullException.ThrowIfNull(hash);
        var root = Path.GetFullPath(artifactDir);
        ArtifactMetrics.FolderHashes.Add(1, new KeyValuePair<string, object?>(ArtifactMetrics.DirectoryTag, root));
        return Directory.EnumerateFiles(root, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(rel => rel != ModelManifest.FileName)
            .OrderBy(rel => rel, StringComparer.Ordinal)
            .Select(rel =>
            {
                var full = Path.Combine(root, rel);
                var info = new FileInfo(full);
                if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true })
                {
                    throw new Errors.TollgateException(Errors.ErrorCodes.DigestMismatch, $"'{rel}' in '{artifactDir}' is a symbolic link to nothing.", "Remove the link; artifacts hold plain files only.");
                }

                return new ArtifactFile(rel, hash(rel) ? DigestOf(full, cache) : null!, new FileInfo(full).Length);
            })
            .ToList();
    }

    private static string DigestOf(string file, FileDigestCache? cache)
    {
        if (cache?.TryGet(file) is { } known)
        {
            return known;
        }

        var before = FileDigestCache.Observe(file);
        var digest = Hashing.Digest(Hashing.Sha256File(file));
        cache?.Record(before, digest);
        return digest;
    }

    /// <summary>The identity of <paramref name="manifest"/>: its files plus its schema, metrics and card.</summary>
    public static string Of(ModelManifest manifest)
    {
        var listing = Listing(manifest.Files);
        var decisions = Decisions(manifest);
        listing.Append(Hashing.Sha256Hex(decisions)).Append("  ").Append(Encoding.UTF8.GetByteCount(decisions)).Append("  ").Append(DecisionsEntry).Append('\n');
        return Hashing.Digest(Hashing.Sha256Hex(listing.ToString()));
    }

    /// <summary>The files-only digest Tollgate used before the decision line existed; only to recognise old artifacts.</summary>
    public static string FilesOnly(IEnumerable<ArtifactFile> files) => Hashing.Digest(Hashing.Sha256Hex(Listing(files).ToString()));

    /// <summary>The digest format this version writes (files plus decisions).</summary>
    public const int CurrentFormat = 2;

    /// <summary>The files-only format of earlier versions, still read (as legacy: metrics untrusted).</summary>
    public const int LegacyFormat = 1;

    /// <summary>Returns <paramref name="manifest"/> with its digest set from its content, declaring the current format.</summary>
    public static ModelManifest Seal(ModelManifest manifest) => manifest with { DigestFormat = CurrentFormat, Digest = Of(manifest) };

    /// <summary>
    /// Which format <paramref name="manifest"/>'s digest is in: the declared one if it matches, else (undeclared only)
    /// the one that matches; null when neither does. The old algorithm is never tried for a manifest declaring format 2.
    /// </summary>
    public static int? FormatOf(ModelManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (manifest.DigestFormat != LegacyFormat && Of(manifest) == manifest.Digest)
        {
            return CurrentFormat;
        }

        return manifest.DigestFormat is null or LegacyFormat && FilesOnly(manifest.Files) == manifest.Digest ? LegacyFormat : null;
    }

    private static StringBuilder Listing(IEnumerable<ArtifactFile> files)
    {
        var listing = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            listing.Append(file.Digest[Hashing.Prefix.Length..]).Append("  ").Append(file.Size).Append("  ").Append(file.Path).Append('\n');
        }

        return listing;
    }

    /// <summary>
    /// The decision line: <c>{"schema":…,"metrics":{…},"card":{…}}</c>, compact, camelCase, nulls left out, metrics sorted by
    /// name so it is canonical however the dictionary was built. Written by hand (it was <c>JsonSerializer</c> with
    /// <see cref="JsonDefaults.Compact"/>, and must stay byte-identical: ContentDigestTests compares the two) because every
    /// command that verifies an artifact computes it, and the reflection serializer costs more start-up than the hashing.
    /// </summary>
    internal static string Decisions(ModelManifest manifest)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            if (manifest.Schema is { } schema)
            {
                json.WritePropertyName("schema");
                WriteSchema(json, schema);
            }

            json.WriteStartObject("metrics");
            foreach (var name in manifest.Metrics.Keys.Order(StringComparer.Ordinal))
            {
                json.WriteNumber(name, manifest.Metrics[name]);
            }

            json.WriteEndObject();
            if (manifest.Card is { } card)
            {
                json.WritePropertyName("card");
                WriteCard(json, card);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static void WriteSchema(Utf8JsonWriter json, ModelSchema schema)
    {
        json.WriteStartObject();
        WriteColumns(json, "inputs", schema.Inputs);
        WriteColumns(json, "outputs", schema.Outputs);
        json.WriteEndObject();
    }

    private static void WriteColumns(Utf8JsonWriter json, string name, IReadOnlyList<SchemaColumn>? columns)
    {
        if (columns is null)
        {
            return;
        }

        json.WriteStartArray(name);
        foreach (var column in columns)
        {
            json.WriteStartObject();
            WriteIfSet(json, "name", column.Name);
            WriteIfSet(json, "type", column.Type);
            WriteIfSet(json, "kind", column.Kind);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCard(Utf8JsonWriter json, ModelCard card)
    {
        json.WriteStartObject();
        WriteIfSet(json, "description", card.Description);
        WriteIfSet(json, "intendedUse", card.IntendedUse);
        WriteIfSet(json, "limitations", card.Limitations);
        if (card.Owners is not null)
        {
            json.WriteStartArray("owners");
            foreach (var owner in card.Owners)
            {
                json.WriteStringValue(owner);
            }

            json.WriteEndArray();
        }

        WriteIfSet(json, "license", card.License);
        json.WriteEndObject();
    }

    private static void WriteIfSet(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}
