using System.Text.Json;
using Tollgate.EndToEnd.Tests.Support;

namespace Tollgate.EndToEnd.Tests;

/// <summary>The "done when": ./build.sh --target=PromoteStaging on a fresh copy of the repository.</summary>
[NonParallelizable]
public class SamplePipelineTests
{
    private RepositoryCopy repo = null!;

    [OneTimeSetUp]
    public void CreateCopy() => repo = RepositoryCopy.Create();

    [OneTimeTearDown]
    public void DeleteCopy() => repo.Dispose();

    private ProcessResult Build(string target) => Shell.Run(repo.Path, "bash", $"./build.sh --target={target}", TimeSpan.FromMinutes(10));

    private ProcessResult Cli(string arguments) =>
        Shell.Run(repo.Path, "dotnet", $"exec src/Tollgate.Cli/bin/Release/net10.0/Tollgate.Cli.dll {arguments}");

    private JsonElement Staging()
    {
        var status = Cli("status --json");
        Assert.That(status.ExitCode, Is.EqualTo(0), status.ToString());
        return JsonDocument.Parse(status.Output).RootElement.GetProperty("environments").EnumerateArray().Single(e => e.GetProperty("environment").GetString() == "staging");
    }

    /// <summary>The steps share one clone and build on each other, so they run in order inside one test.</summary>
    [Test]
    public void Fresh_clone_promotes_the_sample_to_staging_idempotently_and_gates_and_ledger_hold()
    {
        PromoteStaging_puts_the_sample_model_in_staging_with_the_package_digest();
        Running_the_target_again_creates_no_second_deployment();
        An_unreachable_auc_threshold_fails_with_a_gate_message_and_leaves_staging_unchanged();
        Ledger_verify_passes_and_then_fails_after_a_record_is_hand_edited();
    }

    private int LedgerLines() => File.ReadAllLines(Path.Combine(repo.Path, ".tollgate", "ledger.jsonl")).Length;

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
    }

    private void Running_the_target_again_creates_no_second_deployment()
    {
        // Arrange
        var before = LedgerLines();

        // Act
        var run = Build("PromoteStaging");

        // Assert
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.All, Does.Contain("already runs in staging"));
        Assert.That(LedgerLines(), Is.EqualTo(before));
    }

    private void An_unreachable_auc_threshold_fails_with_a_gate_message_and_leaves_staging_unchanged()
    {
        // Arrange: a different model (new seed) that cannot meet the raised threshold
        var before = Staging().GetProperty("digest").GetString();
        var lines = LedgerLines();
        repo.Write("tollgate.yml", repo.Read("tollgate.yml").Replace("auc >= 0.85", "auc >= 0.999"));
        repo.Write("templates/churn-model/training.yml", repo.Read("templates/churn-model/training.yml").Replace("seed: 42", "seed: 43"));

        // Act
        var run = Build("PromoteStaging");

        // Assert
        Assert.That(run.ExitCode, Is.Not.EqualTo(0));
        Assert.That(run.All, Does.Contain("gate 'auc >= 0.999' failed").And.Contain("threshold >= 0.999"));
        Assert.That(Staging().GetProperty("digest").GetString(), Is.EqualTo(before));
        Assert.That(LedgerLines(), Is.EqualTo(lines));
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
