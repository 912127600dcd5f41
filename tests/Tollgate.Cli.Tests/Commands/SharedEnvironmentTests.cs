using System.Text.Json;
using Tollgate.Cli.Tests.Crash;
using Tollgate.Cli.Tests.Support;
using Tollgate.Core.Tests.Oci;
using Tollgate.Core.Tests.Support;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// Two models (two tollgate.yml, models alpha and beta) sharing one backend and the environment names sandbox/staging,
/// driven by real <c>tollgate</c> processes: the local ledger at one path, the git ledger on a real bare repository, and
/// GitHub Deployments (the emulator, real Octokit). "Current" is per (model, environment): promoting beta leaves alpha
/// live, status shows both, beta's rollback never touches or selects alpha, and alpha's gates compare with alpha.
/// </summary>
[NonParallelizable]
public class SharedEnvironmentTests
{
    private const string Commit = "0123456789abcdef0123456789abcdef01234567"; // the commit TestArtifacts records

    [Test]
    public void Two_models_share_one_local_ledger() =>
        Scenario(root => (Directory.CreateDirectory(Path.Combine(root, "alpha")).FullName, Directory.CreateDirectory(Path.Combine(root, "beta")).FullName),
            root => "  kind: local\n  ledger: " + Path.Combine(root, "shared", "ledger.jsonl") + "\n", null);

    [Test]
    public void Two_models_share_the_git_ledger_of_one_bare_repository()
    {
        using var remote = new GitRemote();
        Scenario(_ => (remote.Clone("alpha"), remote.Clone("beta")), _ => "  kind: git\n", null);
        Assert.That(remote.RemoteRefs(), Does.Contain("refs/tollgate/ledger"));
    }

    [Test]
    public async Task Two_models_share_one_repositorys_GitHub_environments()
    {
        await using var emulator = await GitHubEmulator.GitHubEmulator.StartAsync();
        emulator.State.AddCommit(Commit);
        var variables = new Dictionary<string, string>
        {
            ["GITHUB_TOKEN"] = emulator.Token,
            ["GITHUB_REPOSITORY"] = $"{emulator.Options.Owner}/{emulator.Options.Repository}",
            ["GITHUB_API_URL"] = emulator.BaseAddress.ToString().TrimEnd('/'),
        };
        Scenario(root => (Directory.CreateDirectory(Path.Combine(root, "alpha")).FullName, Directory.CreateDirectory(Path.Combine(root, "beta")).FullName),
            _ => "  kind: github\n", variables);
        var live = emulator.State.Deployments.Where(d => d.State == "success" && d.Environment == "staging").ToList();
        Assert.That(live, Has.Count.EqualTo(2), "one live deployment per model in staging");
    }

    [Test]
    public async Task Status_warns_when_an_earlier_version_ended_the_models_deployment_for_another_models()
    {
        // Arrange: alpha then beta live in staging, then the status event an earlier Tollgate appended on beta's success
        using var root = new TempDir();
        var ledger = Path.Combine(root.Path, "shared", "ledger.jsonl");
        var alpha = Write(Directory.CreateDirectory(Path.Combine(root.Path, "alpha")).FullName, Yml(root.Path, "alpha", $"  kind: local\n  ledger: {ledger}\n"));
        var backend = new Core.Environments.LocalEnvironmentBackend(new Core.Ledger.LedgerFile(ledger));
        string[] ids = ["", ""];
        foreach (var (model, i) in new[] { ("alpha", 0), ("beta", 1) })
        {
            var created = await backend.CreateDeploymentAsync(new Core.Environments.DeploymentRequest
            {
                Environment = "staging", Model = new Core.Environments.ModelRef(model, "1.0.0", "sha256:" + new string((char)('a' + i), 64)), Commit = Commit, Actor = new Core.Environments.Actor("ci"),
            }, CancellationToken.None);
            ids[i] = (await backend.SetStatusAsync(created.Id, Core.Environments.DeploymentState.Success, "live", CancellationToken.None)).Id;
        }

        new Core.Ledger.LedgerFile(ledger).Append(_ =>
        [
            new Core.Ledger.LedgerEvent
            {
                Seq = 0, Prev = "", Type = Core.Ledger.LedgerEvent.Status, At = DateTimeOffset.UtcNow, DeploymentId = ids[0],
                State = Core.Environments.DeploymentState.Inactive, Description = $"superseded by deployment {ids[1]}",
            },
        ]);

        // Act
        var status = CliProcess.Run(root.Path, null, "status", "--config", alpha, "-e", "staging", "--json");

        // Assert
        Assert.That(Rows(status), Is.EqualTo(new[] { "staging  ", "staging beta 1.0.0" }), "alpha has nothing current there; beta's row follows");
        Assert.That(status.Err, Does.Contain($"warning TOLLGATE2040: alpha 1.0.0 (deployment {ids[0]}) no longer runs in 'staging'")
            .And.Contain($"beta 1.0.0 (deployment {ids[1]})").And.Contain("promote alpha to 'staging' again"));
    }

    /// <param name="folders">Makes the two project folders (given the test's root); returns alpha's and beta's.</param>
    /// <param name="backend">The <c>backend:</c> section's body (given the test's root).</param>
    private static void Scenario(Func<string, (string Alpha, string Beta)> folders, Func<string, string> backend, IReadOnlyDictionary<string, string>? variables)
    {
        // Arrange
        using var root = new TempDir();
        var (alphaDir, betaDir) = folders(root.Path);
        var alpha = Write(alphaDir, Yml(root.Path, "alpha", backend(root.Path)));
        var beta = Write(betaDir, Yml(root.Path, "beta", backend(root.Path)));
        CliProcess.Result Run(string config, params string[] args) => CliProcess.Run(Path.GetDirectoryName(config)!, variables, [.. args, "--config", config]);
        string Artifact(string name, string version, int seed) => TestArtifacts.Create(Path.Combine(root.Path, "artifacts", $"{name}-{version}"), name, version, ("model.zip", 4096, seed));
        void Ship(string config, string artifact)
        {
            foreach (var args in new[] { new[] { "pack", "--nuget", "--artifact", artifact }, ["promote", "-e", "sandbox", "--artifact", artifact], ["promote", "-e", "staging", "--artifact", artifact] })
            {
                var run = Run(config, args);
                Assert.That(run.ExitCode, Is.EqualTo(0), $"{string.Join(' ', args)} ({config}):\n{run}");
            }
        }

        // Act: alpha 0.5.0 then beta 1.0.0 into sandbox and staging; alpha 0.6.0 (its gates against alpha 0.5.0); beta 2.0.0
        Ship(alpha, Artifact("alpha", "0.5.0", 1));
        Ship(beta, Artifact("beta", "1.0.0", 2));
        var afterBeta = Rows(Run(alpha, "status", "--json"));
        Ship(alpha, Artifact("alpha", "0.6.0", 3));
        var alphaReport = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(alpha)!, "artifacts", "reports", "staging", "gate-report.json"))).RootElement;
        var betaReport = JsonDocument.Parse(File.ReadAllText(Path.Combine(Path.GetDirectoryName(beta)!, "artifacts", "reports", "staging", "gate-report.json"))).RootElement;
        Ship(beta, Artifact("beta", "2.0.0", 4));
        var rollback = Run(beta, "rollback", "-e", "staging", "--json");
        var toAlphaVersion = Run(beta, "rollback", "-e", "staging", "--to", "0.5.0");
        var status = Run(beta, "status", "--json");
        var onlyAlpha = Run(beta, "status", "--model", "alpha", "--json");

        // Assert: promoting beta left alpha live, and status shows both
        Assert.That(afterBeta, Is.EqualTo(new[] { "sandbox alpha 0.5.0", "sandbox beta 1.0.0", "staging alpha 0.5.0", "staging beta 1.0.0" }));
        Assert.That(betaReport.TryGetProperty("baseline", out var none) ? none.ValueKind : JsonValueKind.Null, Is.EqualTo(JsonValueKind.Null),
            "beta's first staging gates have no baseline (alpha is not beta's): " + betaReport);
        Assert.That(alphaReport.GetProperty("baseline").GetProperty("name").GetString() + " " + alphaReport.GetProperty("baseline").GetProperty("version").GetString(), Is.EqualTo("alpha 0.5.0"),
            "alpha's gates compare with alpha live there, not with beta promoted after it: " + alphaReport);

        // Rolling back beta restores beta's previous version, never alpha's, and leaves alpha alone
        Assert.That(rollback.ExitCode, Is.EqualTo(0), rollback.ToString());
        var restored = JsonDocument.Parse(rollback.Out).RootElement.GetProperty("deployment").GetProperty("model");
        Assert.That(restored.GetProperty("name").GetString() + " " + restored.GetProperty("version").GetString(), Is.EqualTo("beta 1.0.0"));
        Assert.That(toAlphaVersion.ExitCode, Is.EqualTo(2), toAlphaVersion.ToString());
        Assert.That(toAlphaVersion.Err, Does.Contain("Version 0.5.0 never ran successfully in 'staging'").And.Contain("TOLLGATE"));
        Assert.That(Rows(status), Is.EqualTo(new[] { "sandbox beta 2.0.0", "sandbox alpha 0.6.0", "staging beta 1.0.0", "staging alpha 0.6.0" }),
            "each environment shows the configured model's row first, then every other model live there");
        Assert.That(Rows(onlyAlpha), Is.EqualTo(new[] { "sandbox alpha 0.6.0", "staging alpha 0.6.0" }));
    }

    private static List<string> Rows(CliProcess.Result status)
    {
        Assert.That(status.ExitCode, Is.EqualTo(0), status.ToString());
        return [.. JsonDocument.Parse(status.Out).RootElement.GetProperty("environments").EnumerateArray()
            .Select(r => $"{Text(r, "environment")} {Text(r, "model")} {Text(r, "version")}")];
    }

    // status --json omits fields without a value (an environment where the model runs nothing has no model or version).
    private static string Text(JsonElement row, string name) => row.TryGetProperty(name, out var value) ? value.GetString() ?? "" : "";

    // Both projects publish into one folder feed (outside their folders, deliberately), so each model's gates could find
    // the other's package as a baseline.
    private static string Yml(string root, string model, string backend) =>
        $"allowOutsideRepository: true\nmodel:\n  name: {model}\n  training: training.yml\n  output: out/model\npackage:\n  feed: {Path.Combine(root, "feed")}\nbackend:\n{backend}"
        + "environments:\n  - name: sandbox\n  - name: staging\n    gates:\n      - schema: {}\n";

    private static string Write(string dir, string yml)
    {
        var path = Path.Combine(dir, "tollgate.yml");
        File.WriteAllText(path, yml);
        return path;
    }
}
