using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Tollgate.Cli.Tests.Corpus;

/// <summary>
/// A hostile server on 127.0.0.1: every request is refused with a status, a reason phrase and a body that echo the
/// request's Authorization header and URL back, as badly written registries and proxies do.
/// </summary>
internal sealed class EchoServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Task loop;

    public EchoServer(int status)
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(async () =>
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

                var auth = context.Request.Headers["Authorization"] ?? "none";
                context.Response.StatusCode = status;
                context.Response.StatusDescription = $"Denied for {auth}";
                if (status == 401)
                {
                    context.Response.AddHeader("WWW-Authenticate", "Basic realm=\"echo\"");
                }

                var body = Encoding.UTF8.GetBytes($"{{\"errors\":[{{\"code\":\"DENIED\",\"message\":\"you sent {auth} to {context.Request.RawUrl}\"}}],\"message\":\"you sent {auth}\"}}");
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        });
    }

    public int Port { get; }

    public static int FreePort() => Tollgate.TestSupport.LoopbackPort.Free();

    public void Dispose()
    {
        listener.Stop();
        listener.Close();
        loop.Wait(TimeSpan.FromSeconds(5));
    }
}
