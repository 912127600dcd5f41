using System.Diagnostics;
using Tollgate.TestSupport;

namespace Tollgate.Core.Tests.Oci;

/// <summary>
/// A real Distribution 2.8 registry (Debian's docker-registry) on 127.0.0.1:free port, filesystem storage in a
/// temp folder; it can be killed and restarted on the same storage and port.
/// </summary>
public sealed class RegistryProcess : IDisposable
{
    private readonly string config;
    private Process? process;

    private RegistryProcess(string root, int port, string? auth)
    {
        Root = root;
        Port = port;
        Storage = Path.Combine(root, "storage");
        config = Path.Combine(root, "config.yml");
        File.WriteAllText(config, $"version: 0.1\nlog:\n  level: warn\nstorage:\n  filesystem:\n    rootdirectory: {Storage}\n  delete:\n    enabled: true\nhttp:\n  addr: 127.0.0.1:{port}\n{auth ?? ""}");
    }

    public string Root { get; }

    public int Port { get; }

    public string Storage { get; }

    public string Host => $"127.0.0.1:{Port}";

    /// <summary>The <c>auth:</c> section for htpasswd (bcrypt) basic auth.</summary>
    public static string HtpasswdAuth(string path) => $"auth:\n  htpasswd:\n    realm: tollgate-test\n    path: {path}\n";

    /// <summary>The <c>auth:</c> section for Docker token (bearer) auth with a trusted signing certificate.</summary>
    public static string TokenAuth(string realm, string service, string issuer, string rootCertBundle) =>
        $"auth:\n  token:\n    realm: {realm}\n    service: {service}\n    issuer: {issuer}\n    rootcertbundle: {rootCertBundle}\n";

    public static RegistryProcess Start(string? auth = null)
    {
        RealTools.Require(RealTools.Registry, "docker-registry");
        var registry = new RegistryProcess(TestArtifacts.TempDir("tg-registry"), RealTools.FreePort(), auth);
        registry.Restart();
        return registry;
    }

    /// <summary>(Re)starts the registry process and waits until /v2/ answers.</summary>
    public void Restart()
    {
        var info = new ProcessStartInfo(RealTools.Registry) { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("serve");
        info.ArgumentList.Add(config);
        process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = client.GetAsync($"http://{Host}/v2/").GetAwaiter().GetResult();
                return; // 200, or 401 when auth is on: either way it is serving
            }
            catch (HttpRequestException)
            {
                Assert.That(process.HasExited, Is.False, $"docker-registry exited with {(process.HasExited ? process.ExitCode : 0)}");
                Thread.Sleep(50);
            }
        }

        Assert.Fail($"docker-registry did not answer on {Host} within 20 s");
    }

    /// <summary>Kills the registry abruptly (as a crash would), keeping its storage.</summary>
    public void Kill()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    public void Dispose()
    {
        Kill();
        process?.Dispose();
        TestTemp.TryDelete(Root);
    }
}
