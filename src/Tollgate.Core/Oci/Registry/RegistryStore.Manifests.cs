using System.Net.Http.Headers;

namespace Tollgate.Core.Oci.Registry;

/// <content>HEAD of a manifest by tag: which manifest a tag names, so a re-push can stop after one request.</content>
internal sealed partial class RegistryStore
{
    /// <summary>The Docker-Content-Digest of <c>HEAD /v2/NAME/manifests/TAG</c>; null when the tag is absent.</summary>
    public async Task<string?> ResolveTagAsync(string tag, CancellationToken cancellationToken)
    {
        OciTags.Validate(tag);
        using var response = await http.SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Head, http.Resolve($"{RepoPath}/manifests/{tag}"));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(OciMediaTypes.ImageManifest));
                return request;
            },
            cancellationToken);
        // Absent (404), a registry without HEAD on manifests, or an answer without a valid Docker-Content-Digest proves
        // nothing: the push then goes on, and its PUT reports any real error.
        return response.IsSuccessStatusCode && response.Headers.TryGetValues("Docker-Content-Digest", out var values) && values.FirstOrDefault() is { } digest && OciDigest.IsValid(digest) ? digest : null;
    }
}
