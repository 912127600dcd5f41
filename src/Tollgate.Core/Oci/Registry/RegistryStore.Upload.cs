using System.Net;
using System.Net.Http.Headers;

namespace Tollgate.Core.Oci.Registry;

/// <summary>Blob uploads: cross-repository mount, monolithic PUT, or chunked PATCH then closing PUT.</summary>
public sealed partial class RegistryStore
{
    public async Task<bool> PushBlobAsync(OciDescriptor blob, Func<Stream> open, CancellationToken cancellationToken)
    {
        var start = options.MountFrom is { } from
            ? $"{RepoPath}/blobs/uploads/?mount={blob.Digest}&from={Uri.EscapeDataString(from)}"
            : $"{RepoPath}/blobs/uploads/";
        string location;
        using (var response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, http.Resolve(start)) { Content = Empty() }, cancellationToken))
        {
            await RegistryErrors.EnsureAsync(response, $"start upload of {blob.Digest} to {Location}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.Created && options.MountFrom is not null)
            {
                return false; // mounted from the other repository: nothing to send
            }

            location = LocationOf(response, blob);
        }

        if (blob.Size > options.MonolithicLimit)
        {
            location = await PatchChunksAsync(blob, open, location, cancellationToken);
        }

        var monolithic = blob.Size <= options.MonolithicLimit;
        using var put = await http.SendAsync(
            () => new HttpRequestMessage(HttpMethod.Put, WithDigest(location, blob.Digest)) { Content = monolithic ? Body(open(), blob.Size) : Empty() },
            cancellationToken);
        await RegistryErrors.EnsureAsync(put, $"upload of '{blob.Title ?? "config"}' ({blob.Digest}) to {Location}", cancellationToken);
        return true;
    }

    private async Task<string> PatchChunksAsync(OciDescriptor blob, Func<Stream> open, string location, CancellationToken cancellationToken)
    {
        for (long offset = 0; offset < blob.Size; offset += options.ChunkSize)
        {
            var length = Math.Min(options.ChunkSize, blob.Size - offset);
            var chunkStart = offset;
            using var response = await http.SendAsync(
                () =>
                {
                    var source = open();
                    source.Seek(chunkStart, SeekOrigin.Begin);
                    var content = Body(new BoundedStream(source, length), length);
                    content.Headers.TryAddWithoutValidation("Content-Range", $"{chunkStart}-{chunkStart + length - 1}");
                    return new HttpRequestMessage(HttpMethod.Patch, http.Resolve(location)) { Content = content };
                },
                cancellationToken);
            await RegistryErrors.EnsureAsync(response, $"chunk {chunkStart}-{chunkStart + length - 1} of '{blob.Title ?? "config"}' to {Location}", cancellationToken);
            location = LocationOf(response, blob);
        }

        return location;
    }

    private string LocationOf(HttpResponseMessage response, OciDescriptor blob) =>
        response.Headers.Location is { } l ? http.Resolve(l.OriginalString).ToString()
            : throw RegistryErrors.Protocol($"{Location} gave no upload Location for {blob.Digest}");

    private Uri WithDigest(string location, string digest) =>
        new(location + (location.Contains('?') ? "&" : "?") + "digest=" + Uri.EscapeDataString(digest));

    private static StreamContent Body(Stream stream, long length)
    {
        var content = new StreamContent(stream, 1 << 20);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Headers.ContentLength = length;
        return content;
    }

    private static ByteArrayContent Empty()
    {
        var content = new ByteArrayContent([]);
        content.Headers.ContentLength = 0;
        return content;
    }
}
