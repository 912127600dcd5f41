using System.Text.Json;

namespace Tollgate.EndToEnd.Tests;

/// <summary>The "done when": ./build.sh --target=PromoteStaging on a fresh copy of the repository.</summary>
[NonParallelizable]
public class SamplePipelineTests
{
    private RepositoryCopy repo = null!;

    /// <summary>Environment for the build: the local backend unless a subclass points it at GitHub.</summary>
    protected virtual IDictionary<string, string> BuildEnvironment(RepositoryCopy copy) =>
        new Dictionary<string, string> { ["GITHUB_TOKEN"] = "", ["GITHUB_REPOSITORY"] = "" };

    protected virtual string ExpectedBackend => "local";

    protected virtual void AssertBackendRecords(string stagingDigest)
    {
    }

    private IDictionary<string, string> env = null!;

    [OneTimeSetUp]
    public virtual async Task CreateCopy()
    {
        repo = RepositoryCopy.Create();
        env = BuildEnvironment(repo);
        await Task.CompletedTask;
    }

    [OneTimeTearDown]
    public virtual async Task DeleteCopy()
    {
        repo.Dispose();
        await Task.CompletedTask;
    }

    private ProcessResult Build(string target, string arguments = "")
    {
        var run = Shell.Run(repo.Path, "bash", $"./build.sh --target={target} {arguments}".TrimEnd(), TimeSpan.FromMinutes(10), env);
        if (env.TryGetValue("GITHUB_TOKEN", out var token) && token.Length > 0)
        {
            Assert.That(run.All, Does.Not.Contain(token), "secrets never appear in logs");
        }

        return run;
    }

    private ProcessResult Cli(string arguments) =>
        Shell.Run(repo.Path, "dotnet", $"exec src/Tollgate.Cli/bin/Release/net10.0/Tollgate.Cli.dll {arguments}", env: env);

    private int Deployments() => JsonDocument.Parse(Cli("history --json").Output).RootElement.GetProperty("deployments").GetArrayLength();

    private JsonElement Staging() => Environment("staging");

    private JsonElement Environment(string name)
    {
        var status = Cli("status --json");
        Assert.That(status.ExitCode, Is.EqualTo(0), status.ToString());
        Assert.That(JsonDocument.Parse(status.Output).RootElement.GetProperty("backend").GetString(), Is.EqualTo(ExpectedBackend));
        return JsonDocument.Parse(status.Output).RootElement.GetProperty("environments").EnumerateArray().Single(e => e.GetProperty("environment").GetString() == name);
    }

    /// <summary>The steps share one clone and build on each other, so they run in order inside one test.</summary>
    [Test]
    public void Fresh_clone_promotes_the_sample_to_staging_idempotently_and_gates_and_ledger_hold()
    {
        PromoteStaging_puts_the_sample_model_in_staging_with_the_package_digest();
        Running_the_target_again_creates_no_second_deployment();
        Shifted_current_traffic_fails_the_drift_gate_naming_the_shifted_features_first();
        PromoteProduction_transits_the_staging_digest_with_a_canary();
        An_unhealthy_canary_rolls_production_back_automatically();
        An_unreachable_auc_threshold_fails_with_a_gate_message_and_leaves_staging_unchanged();
        Retire_withdraws_the_version_that_failed_its_canary();
        if (ExpectedBackend == "local")
        {
            Ledger_verify_passes_and_then_fails_after_a_record_is_hand_edited();
        }
    }

    private void PromoteStaging_puts_the_sample_model_in_staging_with_the_package_digest()
    {
        // Act
        var run = Build("PromoteStaging");

        // Assert
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.All, Does.Contain("promoted to staging"));
        var staging = Staging();
        Assert.That(staging.GetProperty("model").GetString(), Is.EqualTo("churn-classifier"));
        var package = Directory.GetFiles(Path.Combine(repo.Path, "artifacts", "feed"), "*.nupkg").Single();
        using var zip = System.IO.Compression.ZipFile.OpenRead(package);
        using var manifest = JsonDocument.Parse(zip.GetEntry("tollgate/tollgate.model.json")!.Open());
        Assert.That(staging.GetProperty("digest").GetString(), Is.EqualTo(manifest.RootElement.GetProperty("digest").GetString()));
        Assert.That(manifest.RootElement.GetProperty("lineage").GetProperty("commit").GetString(), Does.Match("^[0-9a-f]{40}$"));
        AssertBackendRecords(staging.GetProperty("digest").GetString()!);
    }

    private void Running_the_target_again_creates_no_second_deployment()
    {
        // Arrange
        var before = Deployments();

        // Act
        var run = Build("PromoteStaging");

        // Assert
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.All, Does.Contain("already runs in staging"));
        Assert.That(Deployments(), Is.EqualTo(before));
    }

    private void Shifted_current_traffic_fails_the_drift_gate_naming_the_shifted_features_first()
    {
        // Act
        var run = Build("Validate --current-data=templates/churn-model/data/current-traffic.csv");

        // Assert
        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.All, Does.Match("drift gate failed: \\d of 9 columns drifted .*: (tenure_months|monthly_charges)"));
        var html = File.ReadAllText(Path.Combine(repo.Path, "artifacts", "reports", "staging", "gate-report.html"));
        Assert.That(html.IndexOf("<svg", StringComparison.Ordinal), Is.GreaterThan(0));
        var firstFigure = html.IndexOf("<figure>", StringComparison.Ordinal);
        Assert.That(html.Substring(firstFigure, 400), Does.Contain("tenure_months").Or.Contain("monthly_charges"));
    }

    private void PromoteProduction_transits_the_staging_digest_with_a_canary()
    {
        // Act
        var run = Build("PromoteProduction");

        // Assert
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.All, Does.Contain("canary 10%: healthy").And.Contain("canary 100%: healthy"));
        Assert.That(Environment("production").GetProperty("digest").GetString(), Is.EqualTo(Staging().GetProperty("digest").GetString()));
    }

    private void An_unhealthy_canary_rolls_production_back_automatically()
    {
        // Arrange: a new model (other seed) reaches staging; then production reports errors
        var good = Environment("production").GetProperty("version").GetString();
        repo.Write("templates/churn-model/training.yml", repo.Read("templates/churn-model/training.yml").Replace("seed: 42", "seed: 44"));
        var staged = Build("PromoteStaging");
        Assert.That(staged.ExitCode, Is.EqualTo(0), staged.ToString());
        Assert.That(Staging().GetProperty("version").GetString(), Does.StartWith("1.0.1+sha."));
        repo.Write("templates/churn-model/health/production.json", "{\"error_rate\": 0.2, \"latency_p95\": 61}");

        // Act
        var run = Build("PromoteProduction");

        // Assert
        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.All, Does.Contain("error_rate=0.2 violates error_rate <= 0.01").And.Contain($"Rolled back to {good}"));
        Assert.That(Environment("production").GetProperty("version").GetString(), Is.EqualTo(good));
        var history = Cli("history --environment production --csv");
        Assert.That(history.Output, Does.Contain("automatic rollback").And.Contain("Failure"));
    }

    private void An_unreachable_auc_threshold_fails_with_a_gate_message_and_leaves_staging_unchanged()
    {
        // Arrange: a different model (new seed) that cannot meet the raised threshold
        var before = Staging().GetProperty("digest").GetString();
        var count = Deployments();
        repo.Write("tollgate.yml", repo.Read("tollgate.yml").Replace("auc >= 0.85", "auc >= 0.999"));
        repo.Write("templates/churn-model/training.yml", repo.Read("templates/churn-model/training.yml").Replace("seed: 44", "seed: 43"));

        // Act
        var run = Build("PromoteStaging");

        // Assert
        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.All, Does.Contain("gate 'auc >= 0.999' failed").And.Contain("threshold >= 0.999"));
        Assert.That(Staging().GetProperty("digest").GetString(), Is.EqualTo(before));
        Assert.That(Deployments(), Is.EqualTo(count));
    }

    private void Retire_withdraws_the_version_that_failed_its_canary()
    {
        // Arrange: the version that failed in production still runs in staging
        var failed = Staging().GetProperty("version").GetString();
        var production = Environment("production").GetProperty("digest").GetString();

        // Act
        var run = Build("Retire", $"--model=churn-classifier@{failed} --reason=failed-its-production-canary");

        // Assert
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.All, Does.Contain("is retired"));
        Assert.That(Staging().TryGetProperty("digest", out _), Is.False, "a retired version is no longer anyone's desired state");
        Assert.That(Environment("production").GetProperty("digest").GetString(), Is.EqualTo(production));
        var index = File.ReadAllText(Path.Combine(repo.Path, "artifacts", "oci", "index.json"));
        Assert.That(index, Does.Not.Contain("\"staging\"").And.Contain("\"production\""));
        var audit = JsonDocument.Parse(Cli("history --json").Output).RootElement.GetProperty("audit").EnumerateArray().Single();
        Assert.That(audit.GetProperty("kind").GetString(), Is.EqualTo("retirement"));
        Assert.That(audit.GetProperty("comment").GetString(), Is.EqualTo("failed-its-production-canary"));
        Assert.That(Directory.Exists(Path.Combine(repo.Path, ".tollgate", "archive", "churn-classifier", failed!)), Is.True);
    }

    private void Ledger_verify_passes_and_then_fails_after_a_record_is_hand_edited()
    {
        // Act
        var clean = Cli("ledger verify");
        var path = Path.Combine(repo.Path, ".tollgate", "ledger.jsonl");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"environment\":\"staging\"", "\"environment\":\"production\""));
        var edited = Cli("ledger verify");

        // Assert
        Assert.That(clean.ExitCode, Is.EqualTo(0), clean.ToString());
        Assert.That(edited.ExitCode, Is.EqualTo(1), edited.ToString());
        Assert.That(edited.Error, Does.Contain("TOLLGATE0201").And.Contain("line"));
    }
}
