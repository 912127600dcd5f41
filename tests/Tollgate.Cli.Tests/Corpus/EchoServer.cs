using System.Net;
using System.Text;

namespace Tollgate.Cli.Tests.Corpus;

/// <summary>
/// A hostile server on 127.0.0.1: every request is refused with a status, a reason phrase and a body that echo the
/// request's Authorization header and URL back, as badly written registries and proxies do.
/// </summary>
internal sealed class EchoServer : IDisposable
{
    private readonly LoopbackHttpServer server;

    public EchoServer(int status) => server = new LoopbackHttpServer(context => RefuseAsync(context, status));

    public int Port => server.Port;

    public static int FreePort() => LoopbackPort.Free();

    public void Dispose() => server.Dispose();

    private static async Task RefuseAsync(HttpListenerContext context, int status)
    {
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
    }
}
