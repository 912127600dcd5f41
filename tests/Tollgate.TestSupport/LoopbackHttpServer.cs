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

    private static void CloseQuietly(HttpListenerResponse response)
    {
        try
        {
            response.Close();
        }
        catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The client is gone; the next one is served.
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

            // Closed once, here, with Close() (a no-op when the handler already closed it). Never Dispose(): on the
            // managed HttpListener it closes the connection's *current* response unconditionally, and once a handler
            // has closed its own, the current one on a keep-alive connection may be the client's next request, which
            // then goes out as "200 OK", chunked and empty, before any handler saw it (a 429 retry or the blob GET after
            // a 401 challenge answered 200 with 0 bytes: the corpus's TOLLGATE0102 failures under load).
            var response = context.Response;
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
            finally
            {
                CloseQuietly(response);
            }
        }
    }
}
