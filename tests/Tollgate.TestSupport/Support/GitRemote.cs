using System.Diagnostics;
using Tollgate.TestSupport;

namespace Tollgate.Core.Tests.Support;

/// <summary>
/// A real bare git repository with one commit on main, cloned as often as a test needs (each clone = one CI agent),
/// reachable over file:// or, after <see cref="ServeWithDaemon"/>, over git:// from a <c>git daemon</c> on 127.0.0.1.
/// </summary>
public sealed class GitRemote : IDisposable
{
    private readonly TempDir root = new();
    private Process? daemon;

    public GitRemote()
    {
        Run(root.Path, "init", "--quiet", "--bare", "--initial-branch=main", Bare);
        var seed = Path.Combine(root.Path, "seed");
        Run(root.Path, "init", "--quiet", "--initial-branch=main", seed);
        File.WriteAllText(Path.Combine(seed, "README.md"), "models\n");
        Run(seed, "add", "README.md");
        Run(seed, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "-m", "initial");
        Run(seed, "push", "--quiet", Bare, "main");
        Url = new Uri(Bare).AbsoluteUri;
    }

    public string Bare => Path.Combine(root.Path, "remote.git");

    /// <summary>The URL clones use: file:// until <see cref="ServeWithDaemon"/> switches to git://.</summary>
    public string Url { get; private set; }

    /// <summary>Serves the bare repository (fetch and push) with git daemon on a free loopback port.</summary>
    public void ServeWithDaemon()
    {
        var port = LoopbackPort.Free();
        var info = new ProcessStartInfo("git") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "daemon", "--reuseaddr", "--export-all", "--enable=receive-pack", "--listen=127.0.0.1", $"--port={port}", $"--base-path={root.Path}", root.Path })
        {
            info.ArgumentList.Add(a);
        }

        daemon = Process.Start(info)!;
        Url = $"git://127.0.0.1:{port}/remote.git";
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Git(root.Path, "ls-remote", Url).ExitCode != 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new InvalidOperationException("git daemon did not start");
            }

            Thread.Sleep(50);
        }
    }

    /// <summary>A fresh clone (a new agent) with <paramref name="tollgateYml"/> committed-free in its work tree.</summary>
    public string Clone(string name, string? tollgateYml = null)
    {
        var path = Path.Combine(root.Path, name);
        Run(root.Path, "clone", "--quiet", Url, path);
        if (tollgateYml is not null)
        {
            File.WriteAllText(Path.Combine(path, "tollgate.yml"), tollgateYml);
        }

        return path;
    }

    /// <summary>Refs on the remote, as <c>ls-remote</c> lists them.</summary>
    public IReadOnlyList<string> RemoteRefs() =>
        Run(root.Path, "ls-remote", Bare).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('\t')[1]).ToList();

    public static string Run(string directory, params string[] args)
    {
        var result = Git(directory, args);
        return result.ExitCode == 0 ? result.Output : throw new InvalidOperationException($"git {string.Join(' ', args)} failed: {result.Error}");
    }

    public static (int ExitCode, string Output, string Error) Git(string directory, params string[] args)
    {
        var result = ProcessRunner.Run("git", args, directory);
        return (result.ExitCode, result.Output, result.Error);
    }

    public void Dispose()
    {
        if (daemon is { HasExited: false })
        {
            daemon.Kill(entireProcessTree: true);
            daemon.WaitForExit();
        }

        daemon?.Dispose();
        root.Dispose();
    }
}
