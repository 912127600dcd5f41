namespace Tollgate.Cli.Tests.Commands;

/// <summary><c>tollgate pipeline --through ENV</c>: the separate commands' chain in one process, with their exit codes.</summary>
[NonParallelizable]
public class PipelineCommandTests
{
    [Test]
    public void Promotes_through_the_target_then_a_second_run_has_nothing_to_do_and_writes_nothing()
    {
        // Arrange
        using var project = new TempProject();

        // Act
        var first = CliHarness.Run("pipeline", "--config", project.Config, "--through", "staging");
        var ledger = File.ReadAllBytes(project.Combine(".tollgate/ledger.jsonl"));
        var reports = Directory.GetFiles(project.Combine("artifacts/reports"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        var second = CliHarness.Run("pipeline", "--config", project.Config, "--through", "staging");

        // Assert
        Assert.That(first.ExitCode, Is.EqualTo(0), first.Err);
        Assert.That(first.Out, Does.Contain("written to").And.Contain("PASSED").And.Contain("Packed").And.Contain("Pipeline through staging: done."));
        Assert.That(first.Err, Does.Contain("promoted to sandbox").And.Contain("promoted to staging"));
        Assert.That(second.ExitCode, Is.EqualTo(0), second.Err);
        Assert.That(second.Out, Does.Contain("not retrained").And.Contain("Gates for staging: skipped").And.Contain("Pipeline through staging: nothing to do"));
        Assert.That(second.Out + second.Err, Does.Not.Contain("Training").And.Not.Contain("✓").And.Not.Contain("promoted to"));
        Assert.That(File.ReadAllBytes(project.Combine(".tollgate/ledger.jsonl")), Is.EqualTo(ledger), "the second run records nothing");
        Assert.That(reports.All(r => File.ReadAllBytes(r.Key).SequenceEqual(r.Value)), Is.True, "the second run rewrites no report");
    }

    [Test]
    public void Json_writes_one_document_with_each_step_and_says_when_nothing_changed()
    {
        // Arrange
        using var project = new TempProject();

        // Act
        var first = CliHarness.Run("pipeline", "--config", project.Config, "--through", "staging", "--json");
        var second = CliHarness.Run("pipeline", "--config", project.Config, "--through", "staging", "--json");

        // Assert
        Assert.That(new[] { first.ExitCode, second.ExitCode }, Is.All.EqualTo(0), first.Err + second.Err);
        using var a = JsonDocument.Parse(first.Out); // the whole stdout is one document
        using var b = JsonDocument.Parse(second.Out);
        Assert.That(a.RootElement.GetProperty("changed").GetBoolean(), Is.True);
        Assert.That(a.RootElement.GetProperty("validate").GetProperty("skipped").GetBoolean(), Is.False);
        Assert.That(a.RootElement.GetProperty("promotions").EnumerateArray().Select(p => p.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "promoted", "promoted" }));
        Assert.That(b.RootElement.GetProperty("changed").GetBoolean(), Is.False);
        Assert.That(b.RootElement.GetProperty("train").GetProperty("upToDate").GetBoolean(), Is.True);
        Assert.That(b.RootElement.GetProperty("pack").GetProperty("nuget").GetProperty("alreadyPresent").GetBoolean(), Is.True);
        Assert.That(b.RootElement.GetProperty("promotions").EnumerateArray().Select(p => p.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "already-current", "already-current" }));
        Assert.That(b.RootElement.GetProperty("train").GetProperty("digest").GetString(), Is.EqualTo(a.RootElement.GetProperty("train").GetProperty("digest").GetString()));
    }

    [Test]
    public void A_failed_validation_exits_1_before_packing_and_promotes_nothing()
    {
        // Arrange
        using var project = new TempProject(stagingGate: "auc >= 0.9999");

        // Act
        var text = CliHarness.Run("pipeline", "--config", project.Config, "--through", "staging");
        var json = CliHarness.Run("pipeline", "--config", project.Config, "--through", "staging", "--json");

        // Assert
        Assert.That(text.ExitCode, Is.EqualTo(1));
        Assert.That(text.Out, Does.Contain("gate 'auc >= 0.9999' failed").And.Contain("FAILED").And.Not.Contain("Packed"));
        Assert.That(json.ExitCode, Is.EqualTo(1));
        using var document = JsonDocument.Parse(json.Out);
        Assert.That(document.RootElement.GetProperty("ok").GetBoolean(), Is.False);
        Assert.That(document.RootElement.GetProperty("verdict").GetString(), Is.EqualTo("fail"));
        Assert.That(File.Exists(document.RootElement.GetProperty("report").GetString()), Is.True, "the report of the failed gate is named");
        Assert.That(document.RootElement.TryGetProperty("pack", out _), Is.False);
        Assert.That(Directory.Exists(project.Combine("out/feed")), Is.False, "nothing packed");
        Assert.That(File.Exists(project.Combine(".tollgate/ledger.jsonl")), Is.False, "nothing promoted");
    }

    [Test]
    public void A_gate_failing_at_a_later_promotion_exits_1_after_the_earlier_environments_with_one_document()
    {
        // Arrange: validating against sandbox (no gates) passes; staging's gate then refuses the promotion
        using var project = new TempProject(stagingGate: "auc >= 0.9999");

        // Act
        var result = CliHarness.Run("pipeline", "--config", project.Config, "--through", "staging", "--validate-environment", "sandbox", "--json");
        var status = CliHarness.Run("status", "--config", project.Config, "--json");

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(1), result.Err);
        using var document = JsonDocument.Parse(result.Out);
        Assert.That(document.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo("TOLLGATE0401"));
        var completed = document.RootElement.GetProperty("completed");
        Assert.That(completed.GetProperty("promotions").EnumerateArray().Select(p => p.GetProperty("environment").GetString()), Is.EqualTo(new[] { "sandbox" }));
        var rows = JsonDocument.Parse(status.Out).RootElement.GetProperty("environments").EnumerateArray().ToList();
        Assert.That(rows.Single(r => r.GetProperty("environment").GetString() == "sandbox").GetProperty("digest").GetString(), Is.EqualTo(completed.GetProperty("train").GetProperty("digest").GetString()));
        Assert.That(rows.Single(r => r.GetProperty("environment").GetString() == "staging").TryGetProperty("digest", out var staged) && staged.ValueKind == JsonValueKind.String, Is.False, "staging is unchanged");
    }

    [Test]
    public void An_unknown_environment_is_an_input_error_before_anything_is_trained()
    {
        // Arrange
        using var project = new TempProject();

        // Act
        var result = CliHarness.Run("pipeline", "--config", project.Config, "--through", "prod");
        var missing = CliHarness.Run("pipeline", "--config", project.Config);

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(2));
        Assert.That(result.Err, Does.Contain("prod").And.Contain("fix:"));
        Assert.That(Directory.Exists(project.Combine("out/model")), Is.False, "nothing trained");
        Assert.That(missing.ExitCode, Is.EqualTo(2));
        Assert.That(missing.Err, Does.Contain("--through"));
    }

    [Test]
    public void Changed_training_data_retrains_and_promotes_the_new_digest_through_the_target()
    {
        // Arrange
        using var project = new TempProject();
        var first = CliHarness.Run("pipeline", "--config", project.Config, "--through", "staging", "--json");
        File.AppendAllText(project.Combine("data.csv"), "9.000,1.000,a,1\n0.500,2.000,b,0\n");

        // Act
        var second = CliHarness.Run("pipeline", "--config", project.Config, "--through", "staging", "--json");

        // Assert
        Assert.That(new[] { first.ExitCode, second.ExitCode }, Is.All.EqualTo(0), first.Err + second.Err);
        using var a = JsonDocument.Parse(first.Out);
        using var b = JsonDocument.Parse(second.Out);
        Assert.That(b.RootElement.GetProperty("train").GetProperty("upToDate").GetBoolean(), Is.False);
        Assert.That(b.RootElement.GetProperty("train").GetProperty("digest").GetString(), Is.Not.EqualTo(a.RootElement.GetProperty("train").GetProperty("digest").GetString()));
        Assert.That(b.RootElement.GetProperty("validate").GetProperty("reused").GetBoolean(), Is.False, "new candidate: the gates ran");
        Assert.That(b.RootElement.GetProperty("promotions").EnumerateArray().Select(p => p.GetProperty("outcome").GetString()), Is.EqualTo(new[] { "promoted", "promoted" }));
    }
}
