using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace Tollgate.Cli.Tests.Corpus;

/// <summary>
/// A faulty OCI registry on 127.0.0.1 serving the healthy project's image layout, with one fault per repository
/// name (<c>/v2/faults/MODE/...</c>): wrong digests, changed or truncated blobs, bad statuses, oversized manifests,
/// a credential echoed back. A real registry never does these; a broken proxy or a hostile one does.
/// </summary>
internal sealed class FaultRegistry : IDisposable
{
    private readonly LoopbackHttpServer server;
    private readonly string layout;

    public FaultRegistry(string layout)
    {
        this.layout = layout;
        server = new LoopbackHttpServer(AnswerAsync);
    }

    public int Port => server.Port;

    /// <summary>What was asked and answered, in order ("GET /v2/… auth → 403"), for failure messages.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Log { get; } = new();

    public void Dispose() => server.Dispose();

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var path = context.Request.Url!.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var response = context.Response;
        Log.Enqueue($"{context.Request.HttpMethod} {context.Request.Url.AbsolutePath}{(context.Request.Headers["Authorization"] is null ? "" : " (auth)")}");
        if (path.Length < 5 || path[1] != "faults")
        {
            await SendAsync(response, 200, "{}"u8.ToArray());
            return;
        }

        var mode = path[2];
        if (mode == "blob-403-echo" && context.Request.Headers["Authorization"] is null)
        {
            // Challenge first, so the client sends the credential the registry then echoes.
            response.AddHeader("WWW-Authenticate", "Basic realm=\"faults\"");
            await SendAsync(response, 401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\"}]}"u8.ToArray());
            return;
        }

        var manifest = path[3] == "manifests";
        if (!manifest && await RefuseBlobAsync(context, mode))
        {
            return; // refusals never read the layout: a status fault must not depend on the blob being there
        }

        var bytes = manifest ? Manifest(path[4]) : File.ReadAllBytes(Path.Combine(layout, "blobs/sha256", path[4]["sha256:".Length..]));
        switch (mode)
        {
            case "digest-header" when manifest:
                response.AddHeader("Docker-Content-Digest", "sha256:" + new string('0', 64));
                break;
            case "manifest-not-json" when manifest:
                bytes = "oops, not a manifest"u8.ToArray();
                break;
            case "manifest-418" when manifest:
                await SendAsync(response, 418, "{\"errors\":[{\"code\":\"TEAPOT\",\"message\":\"short and stout\"}]}"u8.ToArray());
                return;
            case "manifest-404" when manifest:
                await SendAsync(response, 404, "{\"errors\":[{\"code\":\"MANIFEST_UNKNOWN\",\"message\":\"manifest unknown\"}]}"u8.ToArray());
                return;
            case "manifest-huge" when manifest:
                bytes = new byte[5 << 20];
                break;
            case "blob-changed" when !manifest:
                bytes = [.. bytes];
                bytes[bytes.Length / 2] ^= 0xFF;
                break;
            case "blob-truncated" when !manifest:
                bytes = bytes[..(bytes.Length / 2)];
                break;
            case "blob-longer" when !manifest:
                bytes = [.. bytes, .. new byte[1 << 20]];
                break;
        }

        if (manifest)
        {
            response.ContentType = "application/vnd.oci.image.manifest.v1+json";
        }

        await SendAsync(response, 200, bytes);
    }

    /// <summary>Answers the blob faults that are a status, not bytes (403 echoing the credential, 429 forever); false for the others.</summary>
    private async Task<bool> RefuseBlobAsync(HttpListenerContext context, string mode)
    {
        var response = context.Response;
        switch (mode)
        {
            case "blob-403-echo":
                var auth = context.Request.Headers["Authorization"] ?? "none";
                response.StatusDescription = $"Forbidden for {auth}";
                await SendAsync(response, 403, Encoding.UTF8.GetBytes($"{{\"errors\":[{{\"code\":\"DENIED\",\"message\":\"you sent {auth}\"}}]}}"));
                return true;
            case "blob-429":
                response.AddHeader("Retry-After", "0");
                await SendAsync(response, 429, "{\"errors\":[{\"code\":\"TOOMANYREQUESTS\",\"message\":\"slow down\"}]}"u8.ToArray());
                return true;
            default:
                return false;
        }
    }

    /// <summary>The healthy manifest for a tag (the layout's first tagged one) or a digest.</summary>
    private byte[] Manifest(string reference)
    {
        if (reference.StartsWith("sha256:", StringComparison.Ordinal))
        {
            return File.ReadAllBytes(Path.Combine(layout, "blobs/sha256", reference["sha256:".Length..]));
        }

        var index = JsonNode.Parse(File.ReadAllText(Path.Combine(layout, "index.json")))!;
        var entry = index["manifests"]!.AsArray().First(e => e!["annotations"]?["org.opencontainers.image.ref.name"] is not null)!;
        return File.ReadAllBytes(Path.Combine(layout, "blobs/sha256", entry["digest"]!.GetValue<string>()["sha256:".Length..]));
    }

    private async Task SendAsync(HttpListenerResponse response, int status, byte[] body)
    {
        Log.Enqueue($"  -> {status}, {body.Length} bytes");
        response.StatusCode = status;
        response.ContentLength64 = body.Length;
        await response.OutputStream.WriteAsync(body); // LoopbackHttpServer closes the response, exactly once
    }
}
