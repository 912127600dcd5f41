using System.Net;
using System.Net.Http.Headers;

namespace Tollgate.Core.Oci.Registry;

/// <summary>Referrers over the distribution API: the referrers endpoint when the registry has it, else the fallback tag.</summary>
internal sealed partial class RegistryStore
{
    public async Task PutManifestByDigestAsync(byte[] manifest, CancellationToken cancellationToken) =>
        await PutAsync(manifest, OciDigest.Of(manifest), OciMediaTypes.ImageManifest, cancellationToken);

    public async Task PutIndexAsync(byte[] index, string tag, CancellationToken cancellationToken) =>
        await PutAsync(index, OciTags.Validate(tag), OciMediaTypes.ImageIndex, cancellationToken);

    public async Task<bool> HasReferrersApiAsync(string subjectDigest, CancellationToken cancellationToken) =>
        await GetIndexAsync($"{RepoPath}/referrers/{subjectDigest}", cancellationToken) is not null;

    public async Task<byte[]?> GetReferrersIndexAsync(string subjectDigest, CancellationToken cancellationToken) =>
        await GetIndexAsync($"{RepoPath}/referrers/{subjectDigest}", cancellationToken)
        ?? await GetIndexAsync($"{RepoPath}/manifests/{OciReferrers.FallbackTag(subjectDigest)}", cancellationToken);

    private async Task PutAsync(byte[] bytes, string reference, string mediaType, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(
            () =>
            {
                var content = new ByteArrayContent(bytes);
                content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
                return new HttpRequestMessage(HttpMethod.Put, http.Resolve($"{RepoPath}/manifests/{reference}")) { Content = content };
            },
            cancellationToken);
        await RegistryErrors.EnsureAsync(response, $"PUT manifest {Location}@{reference}", cancellationToken);
    }

    /// <summary>An image index at <paramref name="path"/>, or null on 404 (Distribution 2.8 has no referrers endpoint).</summary>
    private async Task<byte[]?> GetIndexAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, http.Resolve(path));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(OciMediaTypes.ImageIndex));
                return request;
            },
            cancellationToken);
        if (response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.MethodNotAllowed)
        {
            return null;
        }

        await RegistryErrors.EnsureAsync(response, $"GET {path} from {Location}", cancellationToken);
        var type = response.Content.Headers.ContentType?.MediaType;
        return type == OciMediaTypes.ImageIndex ? await response.Content.ReadAsByteArrayAsync(cancellationToken) : null;
    }
}
