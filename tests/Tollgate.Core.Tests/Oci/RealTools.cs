using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Tollgate.Core.Tests.Oci;

/// <summary>Runs the real tools the interop tests need; a missing tool fails the test with how to install it.</summary>
internal static class RealTools
{
    public const string Registry = "/usr/bin/docker-registry";

    public static string Require(string tool, string package)
    {
        var path = tool.StartsWith('/') ? tool : Environment.GetEnvironmentVariable("PATH")!.Split(':').Select(p => Path.Combine(p, tool)).FirstOrDefault(File.Exists);
        if (path is null || !File.Exists(path))
        {
            Assert.Fail($"'{tool}' is required for this interop test. Install it: sudo apt-get update && sudo apt-get install -y {package}");
        }

        return path!;
    }

    /// <summary>Runs skopeo with the arguments; asserts it succeeds and returns stdout.</summary>
    public static string Skopeo(params string[] args)
    {
        var (code, stdout, stderr) = Run(Require("skopeo", "skopeo"), args);
        Assert.That(code, Is.EqualTo(0), $"skopeo {string.Join(' ', args)} failed:\n{stderr}");
        return stdout;
    }

    public static (int Code, string Stdout, string Stderr) Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{file} timed out");
        }

        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
