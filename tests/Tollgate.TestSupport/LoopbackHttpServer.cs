using System.Net;

namespace Tollgate.TestSupport;

/// <summary>
/// A hand-rolled HTTP server on 127.0.0.1 and a free port, for the tests' stand-ins (token server, fault-injecting
/// proxy, hostile echo server): it accepts requests one at a time, hands each to <c>handle</c>, then sends the
/// response. The one accept loop the tests share; a stand-in only says what to answer.
/// </summary>
public sealed class LoopbackHttpServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Func<HttpListenerContext, Task> handle;
    private readonly Task loop;

    public LoopbackHttpServer(Func<HttpListenerContext, Task> handle)
    {
        this.handle = handle;
        Port = LoopbackPort.Free();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    /// <summary><c>127.0.0.1:PORT</c>, as registry references and URLs want it.</summary>
    public string Host => $"127.0.0.1:{Port}";

    public void Dispose()
    {
        listener.Close();
        try
        {
            loop.Wait(TimeSpan.FromSeconds(5));
        }
        catch (AggregateException)
        {
            // The accept loop ends with an exception when the listener closes.
        }
    }

    /// <summary>Answers 500 naming the stand-in's own failure, unless the headers already went out (then the client sees a cut answer).</summary>
    private static void Fail(HttpListenerResponse response, Exception failure)
    {
        try
        {
            response.StatusCode = 500;
            // OCI error body shape, so a registry client quotes it: "STAND_IN_FAILED: Could not find file '…'".
            var body = System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(new { errors = new[] { new { code = "STAND_IN_FAILED", message = failure.Message } } });
            response.ContentLength64 = body.Length;
            response.OutputStream.Write(body);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpListenerException or IOException or ObjectDisposedException)
        {
            // Headers already sent or the client is gone: nothing more can be said on this connection.
        }
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var response = context.Response;
            try
            {
                await handle(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // Either the client went away (e.g. it stopped reading an oversized body) or the stand-in itself failed
                // (e.g. a file it serves is missing). Never let the latter go out as the default "200 OK, empty body":
                // a client would then report a digest mismatch for what is really a broken stand-in.
                Fail(response, ex);
            }
        }
    }
}
