using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Tollgate.TestSupport;

/// <summary>
/// Kestrel on 127.0.0.1 and a free port, every request handed to one delegate, no logging: the host the loopback
/// stand-ins speaking real HTTP/1.1 share (the NuGet v3 feed, the GitHub emulator). Stopped at dispose.
/// </summary>
public sealed class LoopbackWebHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LoopbackWebHost(WebApplication app, Uri root)
    {
        this.app = app;
        Root = root;
    }

    /// <summary><c>http://127.0.0.1:PORT/</c>, ending with '/'.</summary>
    public Uri Root { get; }

    /// <summary>Starts serving <paramref name="handle"/>; <paramref name="kestrel"/> may change the server's limits.</summary>
    public static async Task<LoopbackWebHost> StartAsync(RequestDelegate handle, Action<KestrelServerOptions>? kestrel = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k =>
        {
            k.Listen(System.Net.IPAddress.Loopback, 0);
            kestrel?.Invoke(k);
        });
        var app = builder.Build();
        app.Run(handle);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LoopbackWebHost(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
