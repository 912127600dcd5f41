using System.Net;

namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>
/// A loopback HTTP proxy in front of the real registry that answers the first requests with the given error
/// statuses (503, 429 + Retry-After) and forwards everything else unchanged: it tests the client's retries.
/// </summary>
internal sealed class FaultInjectingProxy : IDisposable
{
    private readonly LoopbackHttpServer server;
    private readonly HttpClient upstream = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private readonly Queue<int> faults;
    private readonly string target;

    public FaultInjectingProxy(string targetHost, params int[] faults)
    {
        target = targetHost;
        this.faults = new Queue<int>(faults);
        server = new LoopbackHttpServer(HandleAsync);
    }

    public int Port => server.Port;

    public string Host => server.Host;

    public int FaultsServed { get; private set; }

    /// <summary>Which requests get the queued faults: (method, 1-based count of requests with that method). Default: all.</summary>
    public Func<string, int, bool> FaultWhen { get; init; } = (_, _) => true;

    private Dictionary<string, int> Seen { get; } = [];

    /// <summary>How many requests with this method reached the proxy.</summary>
    public int Requests(string method) => Seen.GetValueOrDefault(method);

    public void Dispose()
    {
        server.Dispose();
        upstream.Dispose();
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        var method = context.Request.HttpMethod;
        Seen[method] = Seen.GetValueOrDefault(method) + 1;
        if (FaultWhen(method, Seen[method]) && faults.TryDequeue(out var status))
        {
            FaultsServed++;
            response.StatusCode = status;
            response.KeepAlive = false; // the request body is left unread, so HttpListener drops the connection: say so
            if (status == 429)
            {
                response.AddHeader("Retry-After", "1");
            }

            return;
        }

        await ForwardAsync(context.Request, response);
    }

    private async Task ForwardAsync(HttpListenerRequest request, HttpListenerResponse response)
    {
        using var forward = new HttpRequestMessage(new HttpMethod(request.HttpMethod), $"http://{target}{request.Url!.PathAndQuery}");
        if (request.HasEntityBody || request.HttpMethod is "PUT" or "PATCH" or "POST")
        {
            forward.Content = new StreamContent(request.InputStream);
            foreach (var name in new[] { "Content-Type", "Content-Range" })
            {
                if (request.Headers[name] is { } value)
                {
                    forward.Content.Headers.TryAddWithoutValidation(name, value);
                }
            }
        }

        if (request.Headers["Accept"] is { } accept)
        {
            forward.Headers.TryAddWithoutValidation("Accept", accept);
        }

        using var answer = await upstream.SendAsync(forward);
        response.StatusCode = (int)answer.StatusCode;
        foreach (var header in answer.Headers.Concat(answer.Content.Headers))
        {
            if (header.Key is not ("Content-Length" or "Transfer-Encoding" or "Connection"))
            {
                response.AddHeader(header.Key, string.Join(",", header.Value).Replace($"http://{target}", $"http://{Host}", StringComparison.Ordinal));
            }
        }

        var body = await answer.Content.ReadAsByteArrayAsync();
        if (request.HttpMethod != "HEAD" && body.Length > 0)
        {
            response.ContentLength64 = body.Length;
            await response.OutputStream.WriteAsync(body);
        }
        else if (answer.Content.Headers.ContentLength is { } length)
        {
            // HttpListener drops a keep-alive connection whose response sent fewer bytes than its Content-Length, even for
            // HEAD; saying so keeps the client from reusing it (else its next request fails on it and is sent twice).
            response.ContentLength64 = length;
            response.KeepAlive = request.HttpMethod != "HEAD" || length == 0;
        }
    }
}
