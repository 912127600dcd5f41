using System.Net.Http.Headers;

namespace Tollgate.Core.Oci.Registry;

/// <content>HEAD of a manifest: whether a tag already names the manifest about to be pushed.</content>
internal sealed partial class RegistryStore
{
    /// <summary>True when <c>HEAD /v2/NAME/manifests/TAG</c> answers with <paramref name="digest"/> as its Docker-Content-Digest.</summary>
    private async Task<bool> TagPointsAtAsync(string tag, string digest, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Head, http.Resolve($"{RepoPath}/manifests/{tag}"));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(OciMediaTypes.ImageManifest));
                return request;
            },
            cancellationToken);
        // Absent (404), or a registry without HEAD on manifests: the PUT that follows decides, and reports any real error.
        return response.IsSuccessStatusCode && response.Headers.TryGetValues("Docker-Content-Digest", out var values) && values.FirstOrDefault() == digest;
    }
}
