using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Tollgate.Benchmarks.OciPush;

/// <summary>A fresh docker-registry on 127.0.0.1 with its own filesystem storage; killed and deleted at dispose.</summary>
internal sealed class BenchRegistry : IDisposable
{
    private readonly Process process;
    private readonly string root;

    public BenchRegistry(string parent)
    {
        root = Path.Combine(parent, $"registry-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        using (var l = new TcpListener(IPAddress.Loopback, 0))
        {
            l.Start();
            Port = ((IPEndPoint)l.LocalEndpoint).Port;
        }

        var config = Path.Combine(root, "config.yml");
        File.WriteAllText(config, $"version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: {root}/storage\nhttp:\n  addr: 127.0.0.1:{Port}\n");
        var info = new ProcessStartInfo("/usr/bin/docker-registry") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("serve");
        info.ArgumentList.Add(config);
        process = Process.Start(info) ?? throw new InvalidOperationException("docker-registry did not start (apt-get install -y docker-registry)");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient();
        for (var i = 0; i < 400; i++)
        {
            try
            {
                client.GetAsync($"http://{Host}/v2/").GetAwaiter().GetResult().Dispose();
                return;
            }
            catch (HttpRequestException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException("docker-registry did not answer");
    }

    public int Port { get; }

    public string Host => $"127.0.0.1:{Port}";

    public void Dispose()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
        process.Dispose();
        Directory.Delete(root, recursive: true);
    }
}
