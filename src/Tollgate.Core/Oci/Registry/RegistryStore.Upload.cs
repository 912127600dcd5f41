using System.Net;
using System.Net.Http.Headers;

namespace Tollgate.Core.Oci.Registry;

/// <summary>
/// Blob uploads: cross-repository mount, monolithic PUT, or chunked PATCH then closing PUT. Bodies are never resent
/// blindly (a registry may have stored part of them): a failed chunk resumes from the offset the registry reports,
/// a failed monolithic PUT restarts the upload session.
/// </summary>
internal sealed partial class RegistryStore
{
    public async Task<bool> PushBlobAsync(OciDescriptor blob, Func<Stream> open, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var location = await StartUploadAsync(blob, cancellationToken);
            if (location is null)
            {
                return false; // mounted from the other repository: nothing to send
            }

            try
            {
                var chunked = blob.Size > options.MonolithicLimit;
                if (chunked)
                {
                    location = await PatchChunksAsync(blob, open, location, cancellationToken);
                }

                using var put = await http.SendAsync(
                    () => new HttpRequestMessage(HttpMethod.Put, WithDigest(location, blob.Digest)) { Content = chunked ? Empty() : Body(open(), blob.Size) },
                    cancellationToken,
                    retry: chunked);
                await RegistryErrors.EnsureAsync(put, $"upload of '{blob.Title ?? "config"}' ({blob.Digest}) to {Location}", cancellationToken);
                return true;
            }
            catch (TollgateException ex) when (ex.Code == ErrorCodes.OciRegistryFailed && attempt < options.MaxAttempts)
            {
                await Task.Delay(http.Backoff(attempt, null), cancellationToken);
            }
        }
    }

    /// <summary>Opens an upload session (or mounts); returns its location, or null when the blob was mounted.</summary>
    private async Task<string?> StartUploadAsync(OciDescriptor blob, CancellationToken cancellationToken)
    {
        var start = options.MountFrom is { } from
            ? $"{RepoPath}/blobs/uploads/?mount={blob.Digest}&from={Uri.EscapeDataString(from)}"
            : $"{RepoPath}/blobs/uploads/";
        using var response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Post, http.Resolve(start)) { Content = Empty() }, cancellationToken);
        await RegistryErrors.EnsureAsync(response, $"start upload of {blob.Digest} to {Location}", cancellationToken);
        return response.StatusCode == HttpStatusCode.Created && options.MountFrom is not null ? null : LocationOf(response, blob);
    }

    private async Task<string> PatchChunksAsync(OciDescriptor blob, Func<Stream> open, string location, CancellationToken cancellationToken)
    {
        var failures = 0;
        for (long offset = 0; offset < blob.Size;)
        {
            var length = Math.Min(options.ChunkSize, blob.Size - offset);
            var chunkStart = offset;
            try
            {
                using var response = await http.SendAsync(
                    () =>
                    {
                        var source = open();
                        source.Seek(chunkStart, SeekOrigin.Begin);
                        var content = Body(new BoundedStream(source, length), length);
                        content.Headers.TryAddWithoutValidation("Content-Range", $"{chunkStart}-{chunkStart + length - 1}");
                        return new HttpRequestMessage(HttpMethod.Patch, http.Resolve(location)) { Content = content };
                    },
                    cancellationToken,
                    retry: false);
                await RegistryErrors.EnsureAsync(response, $"chunk {chunkStart}-{chunkStart + length - 1} of '{blob.Title ?? "config"}' to {Location}", cancellationToken);
                location = LocationOf(response, blob);
                offset += length;
                failures = 0;
            }
            catch (TollgateException ex) when (ex.Code == ErrorCodes.OciRegistryFailed && ++failures < options.MaxAttempts)
            {
                await Task.Delay(http.Backoff(failures, null), cancellationToken);
                (location, offset) = await UploadStatusAsync(blob, location, cancellationToken);
            }
        }

        return location;
    }

    /// <summary>GET on the upload location: 204 with <c>Range: 0-N</c>, so the next byte to send is N+1.</summary>
    private async Task<(string Location, long Offset)> UploadStatusAsync(OciDescriptor blob, string location, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, http.Resolve(location)), cancellationToken);
        await RegistryErrors.EnsureAsync(response, $"upload status of '{blob.Title ?? "config"}' in {Location}", cancellationToken);
        // Range is a request header to .NET, so read it unvalidated. Distribution answers "0-0" for an empty session.
        var range = response.Headers.NonValidated.TryGetValues("Range", out var values) ? values.ToString() : "0-0";
        var end = long.Parse(range[(range.LastIndexOf('-') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
        return (response.Headers.Location is null ? location : LocationOf(response, blob), end == 0 ? 0 : end + 1);
    }

    private string LocationOf(HttpResponseMessage response, OciDescriptor blob) =>
        response.Headers.Location is { } l ? http.Resolve(l.OriginalString).ToString()
            : throw RegistryErrors.Protocol($"{Location} gave no upload Location for {blob.Digest}");

    private static Uri WithDigest(string location, string digest) =>
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
