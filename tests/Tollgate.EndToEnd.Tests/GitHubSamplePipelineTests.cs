using System.Text.Json.Nodes;
using Tollgate.GitHubEmulator;

namespace Tollgate.EndToEnd.Tests;

/// <summary>
/// The same sample scenario with GITHUB_TOKEN + GITHUB_REPOSITORY + GITHUB_API_URL set: the targets then
/// use real Octokit against the loopback GitHub emulator, which enforces the Deployments API contract.
/// </summary>
[NonParallelizable]
public class GitHubSamplePipelineTests : SamplePipelineTests
{
    private GitHubEmulator.GitHubEmulator emulator = null!;

    protected override string ExpectedBackend => "github";

    public override async Task CreateCopy()
    {
        emulator = await GitHubEmulator.GitHubEmulator.StartAsync();
        await base.CreateCopy();
    }

    public override async Task DeleteCopy()
    {
        await base.DeleteCopy();
        await emulator.DisposeAsync();
    }

    protected override IDictionary<string, string> BuildEnvironment(RepositoryCopy copy)
    {
        emulator.State.AddCommit(Shell.Run(copy.Path, "git", "rev-parse HEAD").Output.Trim());
        return new Dictionary<string, string>
        {
            ["GITHUB_TOKEN"] = emulator.Token,
            ["GITHUB_REPOSITORY"] = $"{emulator.Options.Owner}/{emulator.Options.Repository}",
            ["GITHUB_API_URL"] = emulator.BaseAddress.ToString().TrimEnd('/'),
        };
    }

    protected override void AssertBackendRecords(string stagingDigest)
    {
        var staging = emulator.State.Deployments.First(d => d.Environment == "staging");
        Assert.That(staging.Task, Is.EqualTo("deploy:model"));
        Assert.That(staging.State, Is.EqualTo("success"));
        Assert.That(staging.Payload?["digest"]?.GetValue<string>(), Is.EqualTo(stagingDigest));
        Assert.That(emulator.State.Deployments.Single(d => d.Environment == "sandbox").TransientEnvironment, Is.True);
        Assert.That(emulator.Requests.Select(r => r.Body), Has.None.Contains(emulator.Token), "the token never goes into payloads or descriptions");
        Assert.That(emulator.Requests, Is.Not.Empty);
    }
}
