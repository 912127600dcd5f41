using Tollgate.TestSupport;

namespace Tollgate.Core.Tests.Oci;

/// <summary>Runs the real tools the interop tests need; a missing tool fails the test with how to install it.</summary>
public static class RealTools
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
        var result = ProcessRunner.Run(file, args, timeout: TimeSpan.FromMinutes(5));
        return (result.ExitCode, result.Output, result.Error);
    }

    public static int FreePort() => LoopbackPort.Free();
}
