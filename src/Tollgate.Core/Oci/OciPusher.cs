namespace Tollgate.Core.Oci;

/// <summary>
/// Pushes an artifact to a store: blobs first (skipping those already present), the manifest last, so an
/// interrupted push leaves no tag behind and a re-run uploads only what is missing. A re-push whose tags already name
/// this manifest stops after one tag lookup each: the store holds the manifest complete (see <see cref="IOciStore.ResolveTagAsync"/>).
/// </summary>
internal static class OciPusher
{
    /// <summary>Pushes and tags with the version tag plus any <paramref name="extraTags"/>.</summary>
    /// <param name="onBlobPushed">Called after each uploaded blob (progress; tests use it to interrupt a push).</param>
    public static async Task<OciPushResult> PushAsync(
        OciArtifact artifact, IOciStore store, IEnumerable<string>? extraTags = null, Action<OciDescriptor>? onBlobPushed = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        ArgumentNullException.ThrowIfNull(store);
        var tags = new[] { artifact.VersionTag }.Concat(extraTags ?? []).Select(OciTags.Validate).Distinct(StringComparer.Ordinal).ToList();
        // Config first, then the layers, each digest once. Classes, not tuples: generic code over value types is compiled
        // at run time, and this runs on every push.
        var blobs = new List<Blob> { new(artifact.Config, () => new MemoryStream(artifact.ConfigBytes, writable: false)) };
        var seen = new HashSet<string>(StringComparer.Ordinal) { artifact.Config.Digest };
        foreach (var layer in artifact.Layers)
        {
            if (seen.Add(layer.Descriptor.Digest))
            {
                blobs.Add(new Blob(layer.Descriptor, () => OpenFile(layer.FilePath)));
            }
        }

        var untagged = new List<string>();
        foreach (var tag in tags)
        {
            if (await store.ResolveTagAsync(tag, cancellationToken) != artifact.ManifestDigest)
            {
                untagged.Add(tag);
            }
        }

        var uploaded = new List<string>();
        var skipped = new List<string>();
        var mounted = new List<string>();
        if (untagged.Count == 0)
        {
            // Every tag names this manifest already: its blobs are there, nothing is sent, not even the manifest.
            skipped.AddRange(blobs.Select(b => b.Descriptor.Digest));
            return new OciPushResult(store.Location, artifact.Name, artifact.Version, artifact.ManifestDigest, tags, uploaded, skipped, mounted);
        }

        foreach (var (descriptor, open) in blobs)
        {
            if (await store.HasBlobAsync(descriptor, cancellationToken))
            {
                skipped.Add(descriptor.Digest);
                continue;
            }

            (await store.PushBlobAsync(descriptor, open, cancellationToken) ? uploaded : mounted).Add(descriptor.Digest);
            Util.CrashPoint.Reached("pushed:blob");
            onBlobPushed?.Invoke(descriptor);
        }

        foreach (var tag in untagged)
        {
            await store.PutManifestAsync(artifact.ManifestBytes, tag, cancellationToken);
            Util.CrashPoint.Reached("pushed:manifest");
        }

        return new OciPushResult(store.Location, artifact.Name, artifact.Version, artifact.ManifestDigest, tags, uploaded, skipped, mounted);
    }

    private sealed record Blob(OciDescriptor Descriptor, Func<Stream> Open);

    private static FileStream OpenFile(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan | FileOptions.Asynchronous);
}
