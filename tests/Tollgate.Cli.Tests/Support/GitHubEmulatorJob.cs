namespace Tollgate.Cli.Tests.Support;

/// <summary>
/// The set-up of a CLI job whose state lives in GitHub (the loopback emulator): while it lives, the GITHUB_* variables
/// point the CLI at the emulator (restored on dispose); <see cref="Clone"/> makes a trainable clone the emulator knows.
/// </summary>
internal sealed class GitHubEmulatorJob : IDisposable
{
    private static readonly string[] Variables = ["GITHUB_TOKEN", "GITHUB_REPOSITORY", "GITHUB_API_URL", "GITHUB_ACTIONS"];

    private readonly Dictionary<string, string?> saved = Variables.ToDictionary(v => v, Environment.GetEnvironmentVariable);
    private readonly GitHubEmulator.GitHubEmulator emulator;

    public GitHubEmulatorJob(GitHubEmulator.GitHubEmulator emulator)
    {
        this.emulator = emulator;
        Environment.SetEnvironmentVariable("GITHUB_TOKEN", emulator.Token);
        Environment.SetEnvironmentVariable("GITHUB_REPOSITORY", $"{emulator.Options.Owner}/{emulator.Options.Repository}");
        Environment.SetEnvironmentVariable("GITHUB_API_URL", emulator.BaseAddress.ToString().TrimEnd('/'));
        Environment.SetEnvironmentVariable("GITHUB_ACTIONS", null);
    }

    /// <summary>
    /// A fresh clone of <paramref name="remote"/> holding <paramref name="tollgateYml"/> and the project's data and
    /// training spec, its HEAD added to the emulator's commits; returns the clone's path and HEAD.
    /// </summary>
    public (string Path, string Head) Clone(GitRemote remote, TempProject project, string name, string tollgateYml)
    {
        var clone = remote.Clone(name, tollgateYml);
        File.Copy(project.Combine("data.csv"), Path.Combine(clone, "data.csv"));
        File.Copy(project.Combine("training.yml"), Path.Combine(clone, "training.yml"));
        return (clone, emulator.State.AddCommit(GitRemote.Run(clone, "rev-parse", "HEAD").Trim()));
    }

    public void Dispose()
    {
        foreach (var (name, value) in saved)
        {
            Environment.SetEnvironmentVariable(name, value);
        }
    }
}
