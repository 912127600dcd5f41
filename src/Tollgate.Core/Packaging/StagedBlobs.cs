using Tollgate.Core.Artifacts;
using Tollgate.Core.Oci;
using Tollgate.Core.Util;

namespace Tollgate.Core.Packaging;

/// <summary>
/// Layout blobs being written during a pack: staged files (one per missing digest) that <see cref="Commit"/> fsyncs once
/// and renames into the layout, and that <see cref="Dispose"/> deletes when the pack failed before that.
/// </summary>
internal sealed class StagedBlobs(OciLayout? layout) : IDisposable
{
    private readonly Dictionary<string, (string Path, FileStream File, DirectOutputStream Output)> staged = new(StringComparer.Ordinal);

    public bool Holds(string digest) => staged.ContainsKey(digest);

    /// <summary>The destinations of one file: <paramref name="first"/> (if any) plus a new staged blob when the layout lacks it.</summary>
    public IReadOnlyList<Stream> With(ArtifactFile file, Stream? first = null)
    {
        var destinations = new List<Stream>(2);
        if (first is not null)
        {
            destinations.Add(first);
        }

        if (layout is not null && !staged.ContainsKey(file.Digest) && !Present(file))
        {
            var path = ScratchFiles.StagingPathFor(layout.BlobPath(file.Digest));
            var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 0);
            var output = new DirectOutputStream(stream, tryDirect: file.Size >= DirectOutputStream.MinimumBytes);
            staged[file.Digest] = (path, stream, output);
            destinations.Add(output);
        }

        return destinations;
    }

    /// <summary>Writes out what <paramref name="file"/>'s staged blob still holds and frees its buffers (each large blob has its own).</summary>
    public void Finished(ArtifactFile file)
    {
        if (staged.TryGetValue(file.Digest, out var blob))
        {
            blob.Output.Complete();
            blob.Output.Dispose();
        }
    }

    /// <summary>Flushes every staged blob to disk and moves it into the layout; returns the digests added.</summary>
    public IReadOnlyList<string> Commit(OciArtifact? artifact)
    {
        var added = new List<string>();
        foreach (var (digest, (path, file, output)) in staged)
        {
            output.Complete();
            output.Dispose();
            file.Flush(flushToDisk: true);
            file.Dispose();
            var descriptor = artifact!.Layers.First(l => l.Descriptor.Digest == digest).Descriptor;
            if (layout!.AdoptVerifiedBlob(descriptor, path))
            {
                added.Add(digest);
            }
        }

        return added;
    }

    public void Dispose()
    {
        foreach (var (path, file, output) in staged.Values)
        {
            output.Dispose();
            file.Dispose();
            File.Delete(path);
        }

        staged.Clear();
    }

    private bool Present(ArtifactFile file) => new FileInfo(layout!.BlobPath(file.Digest)) is { Exists: true } info && info.Length == file.Size;
}
