using System.Net;
using System.Net.Http.Headers;

namespace Tollgate.Core.Oci.Registry;

/// <summary>One repository of a registry, spoken to per the OCI distribution spec (tested against Distribution 2.8).</summary>
internal sealed partial class RegistryStore : IOciStore, IOciReferrerStore, IDisposable
{
    private const long MaxManifestBytes = 4 << 20;
    private readonly RegistryHttp http;
    private readonly RegistryOptions options;

    public RegistryStore(RegistryReference reference, RegistryOptions? options = null, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Reference = reference;
        this.options = options ?? new RegistryOptions();
        if (this.options.Credentials is { } credentials)
        {
            Util.SecretMasker.RegisterPair(credentials.Username, credentials.Password);
        }

        var client = new HttpClient(handler ?? new SocketsHttpHandler { AllowAutoRedirect = true }) { Timeout = this.options.Timeout };
        http = new RegistryHttp(client, reference, this.options);
    }

    public RegistryReference Reference { get; }

    public string Location => Reference.ToString();

    private string RepoPath => $"/v2/{Reference.Repository}";

    public async Task<bool> HasBlobAsync(OciDescriptor blob, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Head, http.Resolve($"{RepoPath}/blobs/{blob.Digest}")), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        await RegistryErrors.EnsureAsync(response, $"HEAD blob {blob.Digest} in {Location}", cancellationToken);
        return response.Content.Headers.ContentLength is null || response.Content.Headers.ContentLength == blob.Size;
    }

    public async Task<string> PutManifestAsync(byte[] manifest, string tag, CancellationToken cancellationToken)
    {
        OciTags.Validate(tag);
        var digest = OciDigest.Of(manifest);
        using var response = await http.SendAsync(
            () =>
            {
                var content = new ByteArrayContent(manifest);
                content.Headers.ContentType = new MediaTypeHeaderValue(OciMediaTypes.ImageManifest);
                return new HttpRequestMessage(HttpMethod.Put, http.Resolve($"{RepoPath}/manifests/{tag}")) { Content = content };
            },
            cancellationToken);
        await RegistryErrors.EnsureAsync(response, $"PUT manifest {Location}:{tag}", cancellationToken);
        var stored = response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.FirstOrDefault() : null;
        if (stored is not null && stored != digest)
        {
            throw RegistryErrors.Mismatch($"manifest {Location}:{tag}", digest, stored);
        }

        return digest;
    }

    public async Task<OciManifestBytes> GetManifestAsync(string reference, CancellationToken cancellationToken)
    {
        using var response = await http.SendAsync(
            () =>
            {
                var request = new HttpRequestMessage(HttpMethod.Get, http.Resolve($"{RepoPath}/manifests/{reference}"));
                request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(OciMediaTypes.ImageManifest));
                return request;
            },
            cancellationToken);
        await RegistryErrors.EnsureAsync(response, $"GET manifest {Location}:{reference}", cancellationToken);
        if (response.Content.Headers.ContentLength > MaxManifestBytes)
        {
            throw RegistryErrors.TooLarge($"{Location}:{reference}");
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
        var digest = OciDigest.Of(bytes);
        var expected = OciDigest.IsValid(reference) ? reference
            : response.Headers.TryGetValues("Docker-Content-Digest", out var values) ? values.FirstOrDefault() : null;
        if (expected is not null && expected != digest)
        {
            throw RegistryErrors.Mismatch($"manifest {Location}:{reference}", expected, digest);
        }

        return new OciManifestBytes(bytes, digest);
    }

    public async Task<Stream> OpenBlobAsync(OciDescriptor blob, CancellationToken cancellationToken)
    {
        var response = await http.SendAsync(() => new HttpRequestMessage(HttpMethod.Get, http.Resolve($"{RepoPath}/blobs/{blob.Digest}")), cancellationToken);
        try
        {
            await RegistryErrors.EnsureAsync(response, $"GET blob {blob.Digest} ('{blob.Title ?? "config"}') from {Location}", cancellationToken);
            return await response.Content.ReadAsStreamAsync(cancellationToken);
        }
        catch
        {
            response.Dispose();
            throw;
        }
    }

    public void Dispose() => http.Dispose();
}
