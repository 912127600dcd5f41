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

            try
            {
                using var response = context.Response;
                await handle(context);
            }
            catch (Exception ex) when (ex is HttpListenerException or IOException or ObjectDisposedException)
            {
                // The client went away (e.g. it stopped reading an oversized body); the next one is served.
            }
        }
    }
}
