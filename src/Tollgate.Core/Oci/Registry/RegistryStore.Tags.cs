using System.Net;
using System.Text.Json;

namespace Tollgate.Core.Oci.Registry;

/// <content>Listing tags (<c>GET /v2/NAME/tags/list</c>, following <c>Link</c> pages): what versions the registry already holds.</content>
internal sealed partial class RegistryStore
{
    /// <summary>Every tag of the repository; empty when the repository does not exist yet.</summary>
    public async Task<IReadOnlyList<string>> ListTagsAsync(CancellationToken cancellationToken)
    {
        var tags = new List<string>();
        string? next = $"{RepoPath}/tags/list?n=1000";
        while (next is not null)
        {
            var url = next;
            using var response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, http.Resolve(url)), cancellationToken);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return tags; // NAME_UNKNOWN: nothing was ever pushed there
            }

            await RegistryErrors.EnsureAsync(response, $"GET tags of {Location}", cancellationToken);
            using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken));
            if (document.RootElement.TryGetProperty("tags", out var list) && list.ValueKind == JsonValueKind.Array)
            {
                tags.AddRange(list.EnumerateArray().Select(t => t.GetString()).OfType<string>());
            }

            next = response.Headers.TryGetValues("Link", out var links) && links.FirstOrDefault() is { } link && link.Contains("rel=\"next\"", StringComparison.Ordinal)
                ? link[(link.IndexOf('<', StringComparison.Ordinal) + 1)..link.IndexOf('>', StringComparison.Ordinal)]
                : null;
        }

        return tags;
    }
}
