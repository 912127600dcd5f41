using System.Collections.Concurrent;
using Octokit;
using Octokit.Internal;
using Tollgate.Core.Environments;
using Tollgate.Core.Environments.GitHub;
using Tollgate.GitHubEmulator;

namespace Tollgate.Core.Tests.Environments.GitHub;

/// <summary>A started emulator plus the settings, backends and raw Octokit client the tests use against it.</summary>
internal sealed class EmulatedGitHub : IAsyncDisposable
{
    private EmulatedGitHub(GitHubEmulator.GitHubEmulator emulator) => Emulator = emulator;

    public GitHubEmulator.GitHubEmulator Emulator { get; }

    /// <summary>Every back-off wait the backend asked for (it also really waits).</summary>
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public string Commit => Emulator.State.DefaultBranchSha;

    public GitHubSettings Settings => new()
    {
        Token = Emulator.Token,
        Owner = Emulator.Options.Owner,
        Repository = Emulator.Options.Repository,
        ApiUrl = Emulator.BaseAddress,
        BaseRetryDelay = TimeSpan.FromMilliseconds(20),
        MaxRetryDelay = TimeSpan.FromSeconds(5),
        MaxAttempts = 4,
        WriteInterval = TimeSpan.Zero,
    };

    public static async Task<EmulatedGitHub> StartAsync(EmulatorOptions? options = null) =>
        new(await GitHubEmulator.GitHubEmulator.StartAsync(options));

    public GitHubEnvironmentBackend Backend(GitHubSettings? settings = null) =>
        new(settings ?? Settings, async (wait, token) =>
        {
            Delays.Enqueue(wait);
            await Task.Delay(wait, token);
        }, TimeProvider.System);

    /// <summary>Plain Octokit on the same base, for seeding foreign deployments and contract checks.</summary>
    public GitHubClient RawClient(string? token = null) =>
        new(new Connection(new ProductHeaderValue("tollgate-tests"), Emulator.BaseAddress, new InMemoryCredentialStore(new Credentials(token ?? Emulator.Token))));

    public DeploymentRequest Request(string environment = "staging", string digest = "sha256:" + "ab12", string version = "1.2.0") => new()
    {
        Environment = environment,
        Model = new ModelRef("churn", version, digest.Length > 20 ? digest : digest.PadRight(71, '0')),
        Commit = Commit,
        Artifacts = ["ghcr.io/octo-org/churn@sha256:" + new string('c', 64), "nuget:Churn.Model/" + version],
        Strategy = "canary",
        TrafficShare = 0.1,
        Actor = new Actor("mona", "https://github.example/octo-org/models/actions/runs/42"),
        GateReportDigest = "sha256:" + new string('d', 64),
        GateSummary = "7/7 gates passed",
        ProductionEnvironment = environment == "production",
        TransientEnvironment = environment.StartsWith("preview", StringComparison.Ordinal),
    };

    public ValueTask DisposeAsync() => Emulator.DisposeAsync();
}
