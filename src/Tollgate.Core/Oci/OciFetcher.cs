using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Oci;

/// <summary>
/// Pulls a model artifact by tag or digest into a folder. Everything lands in a temp folder first and every blob
/// is verified while streamed; only a complete, verified artifact is moved to the destination.
/// </summary>
internal static class OciFetcher
{
    /// <param name="reference">A tag (e.g. <c>1.4.0</c>, <c>staging</c>) or a manifest digest.</param>
    /// <param name="expectedName">Model name the artifact must carry, or null to accept any.</param>
    public static async Task<OciFetchResult> FetchAsync(IOciStore store, string reference, string outputDir, string? expectedName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(outputDir);
        var output = Path.GetFullPath(outputDir);
        if (File.Exists(output) || (Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any()))
        {
            throw new TollgateException(ErrorCodes.OciOutputNotEmpty, $"Output '{output}' already exists and is not empty.", "Choose a new --output folder or delete the old one.");
        }

        var fetched = await store.GetManifestAsync(reference, cancellationToken);
        var manifest = OciManifestJson.Parse(fetched.Bytes, $"{store.Location}:{reference}");
        var files = OciModelFiles.Plan(manifest, $"{store.Location}@{fetched.Digest}");
        var temp = Util.ScratchFiles.StagingPathFor(output); // a killed fetch leaves nothing the next run does not clean
        Directory.CreateDirectory(temp);
        try
        {
            foreach (var (blob, path) in files)
            {
                await CopyBlobAsync(store, blob, Path.Combine(temp, path), path, cancellationToken);
            }

            var model = ManifestStore.Read(temp);
            if (expectedName is not null && model.Name != expectedName)
            {
                throw new TollgateException(ErrorCodes.OciNotFound, $"{store.Location}:{reference} holds model '{model.Name}', not '{expectedName}'.", "Check the model name and the --from repository.");
            }

            if (Directory.Exists(output))
            {
                Directory.Delete(output);
            }

            Directory.CreateDirectory(Path.GetDirectoryName(output)!);
            Directory.Move(temp, output);
            return new OciFetchResult(store.Location, model.Name, model.Version, fetched.Digest, model.Digest, output) { Legacy = model.LegacyDigest };
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }
    }

    private static async Task CopyBlobAsync(IOciStore store, OciDescriptor blob, string path, string name, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var source = await store.OpenBlobAsync(blob, cancellationToken);
        await using var target = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20, useAsync: true);
        await BlobCopy.CopyVerifiedAsync(source, target, blob, name, cancellationToken);
    }
}
