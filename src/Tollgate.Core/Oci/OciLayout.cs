using Tollgate.Core.Util;

namespace Tollgate.Core.Oci;

/// <summary>
/// An OCI image layout on disk (<c>oci-layout</c>, <c>index.json</c>, <c>blobs/sha256/…</c>). Blobs are staged while
/// hashed and renamed into place; <c>index.json</c> is replaced last, atomically, so a tag never points at missing content.
/// Every index change runs under the layout's cross-process lock and re-reads the index under it, so concurrent writers
/// (promotions into different environments, <c>tag</c>, <c>pack</c>) never lose each other's tags.
/// </summary>
internal sealed partial class OciLayout(string root) : IOciStore, IOciReferrerStore
{
    private const long MaxManifestBytes = 4 << 20;

    public string Root { get; } = Path.GetFullPath(root);

    public string Location => Identity.ArtifactReference.LayoutScheme + Root;

    private string BlobDir => Path.Combine(Root, "blobs", "sha256");

    public string BlobPath(string digest) => Path.Combine(BlobDir, OciDigest.Hex(digest));

    public Task<bool> HasBlobAsync(OciDescriptor blob, CancellationToken cancellationToken)
    {
        var info = new FileInfo(BlobPath(blob.Digest));
        return Task.FromResult(info.Exists && info.Length == blob.Size);
    }

    public async Task<bool> PushBlobAsync(OciDescriptor blob, Func<Stream> open, CancellationToken cancellationToken)
    {
        EnsureCreated();
        var path = BlobPath(blob.Digest);
        if (await HasBlobAsync(blob, cancellationToken))
        {
            return false;
        }

        var temp = ScratchFiles.StagingPathFor(path);
        try
        {
            await using (var source = open())
            await using (var target = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20, useAsync: true))
            {
                await BlobCopy.CopyVerifiedAsync(source, target, blob, blob.Title ?? blob.Digest, cancellationToken);
                target.Flush(flushToDisk: true);
            }

            CrashPoint.Reached("staged:blob");
            File.Move(temp, path, overwrite: true);
            return true;
        }
        finally
        {
            File.Delete(temp);
        }
    }

    /// <summary>
    /// Moves a blob file the caller wrote and verified (size and digest, e.g. while packing) into place: content-addressed,
    /// so one pass over the bytes serves the layout and the package alike. Returns false when the blob was already there.
    /// </summary>
    internal bool AdoptVerifiedBlob(OciDescriptor blob, string stagedFile)
    {
        EnsureCreated();
        var path = BlobPath(blob.Digest);
        if (new FileInfo(path) is { Exists: true } present && present.Length == blob.Size)
        {
            return false;
        }

        CrashPoint.Reached("staged:blob");
        File.Move(stagedFile, path, overwrite: true);
        return true;
    }

    /// <summary>The manifest <paramref name="tag"/> names, if that manifest and every blob it references are files of the right size.</summary>
    public Task<string?> ResolveTagAsync(string tag, CancellationToken cancellationToken)
    {
        OciTags.Validate(tag);
        if (!File.Exists(Path.Combine(Root, "index.json")) || OciLayoutIndex.Read(Root).Find(tag) is not { } digest
            || !OciDigest.IsValid(digest) || new FileInfo(BlobPath(digest)) is not { Exists: true, Length: <= MaxManifestBytes } file)
        {
            return Task.FromResult<string?>(null);
        }

        // A blob deleted from the folder makes the tag prove nothing, so a re-push puts it back.
        var manifest = OciManifestJson.Parse(File.ReadAllBytes(file.FullName), Location);
        var complete = manifest.Layers.Append(manifest.Config).All(b => new FileInfo(BlobPath(b.Digest)) is { Exists: true } f && f.Length == b.Size);
        return Task.FromResult(complete ? digest : null);
    }

    public async Task<string> PutManifestAsync(byte[] manifest, string tag, CancellationToken cancellationToken)
    {
        OciTags.Validate(tag);
        var parsed = OciManifestJson.Parse(manifest, Location);
        var descriptor = new OciDescriptor(OciMediaTypes.ImageManifest, OciDigest.Of(manifest), manifest.Length);
        await PushBlobAsync(descriptor, () => new MemoryStream(manifest, writable: false), cancellationToken);
        using var _ = LockIndex();
        var index = OciLayoutIndex.Read(Root);
        if (index.Find(tag) != descriptor.Digest)
        {
            index.SetTag(tag, descriptor, parsed.ArtifactType);
            AtomicFile.Write(Path.Combine(Root, "index.json"), index.WriteTo);
        }

        return descriptor.Digest;
    }

    /// <summary>
    /// Removes <paramref name="tags"/> where they point at <paramref name="digest"/> by rewriting index.json atomically
    /// (blobs stay: other tags or digests may still reference them). Returns the tags removed.
    /// </summary>
    public IReadOnlyList<string> RemoveTags(string digest, IReadOnlySet<string> tags)
    {
        using var _ = LockIndex();
        var index = OciLayoutIndex.Read(Root);
        var removed = index.RemoveTags(digest, tags);
        if (removed.Count > 0)
        {
            AtomicFile.Write(Path.Combine(Root, "index.json"), index.WriteTo);
        }

        return removed;
    }

    public Task<OciManifestBytes> GetManifestAsync(string reference, CancellationToken cancellationToken)
    {
        var entry = OciDigest.IsValid(reference) ? (reference, null, null) : OciLayoutIndex.Read(Root).FindEntry(reference)
            ?? throw new TollgateException(ErrorCodes.OciNotFound, $"Tag '{reference}' is not in {Path.Combine(Root, "index.json")}.", "List the tags with 'skopeo list-tags' or fetch by digest.");
        var digest = entry.Digest ?? throw new TollgateException(ErrorCodes.OciLayoutInvalid, $"Tag '{reference}' in {Path.Combine(Root, "index.json")} has no digest.", "Restore the layout or write it again.");
        var path = BlobPath(digest);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new TollgateException(ErrorCodes.OciNotFound, $"Manifest {digest} is missing: no blob at {path}.", "Write the layout again with 'tollgate pack --oci-layout'.");
        }

        if (info.Length > MaxManifestBytes)
        {
            throw new TollgateException(ErrorCodes.OciManifestInvalid, $"Manifest {path} is larger than 4 MiB.", "This is not a Tollgate manifest.");
        }

        var bytes = File.ReadAllBytes(path);
        var actual = OciDigest.Of(bytes);
        if (actual != digest)
        {
            throw new TollgateException(ErrorCodes.DigestMismatch, $"Digest mismatch for '{path}': expected {digest}, content is {actual}.", "The layout was tampered with; write it again from a trusted artifact.");
        }

        OciLayoutDescriptorCheck.Matches(path, entry.Size, entry.MediaType, bytes);
        return Task.FromResult(new OciManifestBytes(bytes, digest));
    }

    public Task<Stream> OpenBlobAsync(OciDescriptor blob, CancellationToken cancellationToken)
    {
        var path = BlobPath(blob.Digest);
        if (!File.Exists(path))
        {
            throw new TollgateException(ErrorCodes.OciNotFound, $"Blob {blob.Digest} ('{blob.Title ?? "config"}') is missing: no file {path}.", "Write the layout again with 'tollgate pack --oci-layout'.");
        }

        return Task.FromResult<Stream>(new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan | FileOptions.Asynchronous));
    }

    /// <summary>The layout's cross-process lock; index.json is read, changed and replaced only while holding it.</summary>
    private FileLock LockIndex() => FileLock.Acquire(
        Path.Combine(Root, "index.json.lock"), ErrorCodes.OciLayoutLocked, "OCI image layout lock",
        "Wait for the other Tollgate command writing this layout to finish, then retry.");

    private void EnsureCreated()
    {
        Directory.CreateDirectory(BlobDir);
        using var _ = LockIndex();
        var marker = Path.Combine(Root, "oci-layout");
        if (!File.Exists(marker))
        {
            AtomicFile.WriteAllText(marker, "{\"imageLayoutVersion\":\"1.0.0\"}");
        }

        if (!File.Exists(Path.Combine(Root, "index.json")))
        {
            AtomicFile.Write(Path.Combine(Root, "index.json"), new OciLayoutIndex([]).WriteTo);
        }
    }
}
