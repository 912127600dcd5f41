using Tollgate.Core.Config;

namespace Tollgate.Core.Tests.Config;

public class ConfigLoaderTests
{
    [Test]
    public void Finds_tollgate_yml_in_a_parent_folder_and_resolves_paths_against_it()
    {
        // Arrange
        using var dir = new TempDir();
        dir.File("tollgate.yml", "model:\n  name: m1\n  training: spec/training.yml\n");
        Directory.CreateDirectory(Path.Combine(dir.Path, "a", "b"));

        // Act
        var config = ConfigLoader.Load(null, Path.Combine(dir.Path, "a", "b"));

        // Assert
        Assert.That(config.Model.Name, Is.EqualTo("m1"));
        Assert.That(config.Resolve(config.Model.Training), Is.EqualTo(Path.Combine(dir.Path, "spec", "training.yml")));
        Assert.That(config.Environments.Select(e => e.Name), Is.EqualTo(new[] { "sandbox", "staging", "production" }));
    }

    [Test]
    public void An_unknown_key_fails_with_file_line_and_column()
    {
        // Arrange
        using var dir = new TempDir();
        var path = dir.File("tollgate.yml", "model:\n  name: m1\n  traning: x.yml\n");

        // Act
        var ex = Assert.Throws<TollgateException>(() => ConfigLoader.Load(path));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.ConfigInvalid));
        Assert.That(ex.Message, Does.Contain($"{path}(3,3)").And.Contain("unknown key 'traning'"));
    }

    [Test]
    public void A_malformed_gate_is_rejected_when_loading()
    {
        // Arrange
        using var dir = new TempDir();
        var path = dir.File("tollgate.yml", "model:\n  name: m1\nenvironments:\n  - name: staging\n    gates:\n      - metric: auc is high\n");

        // Act
        var ex = Assert.Throws<TollgateException>(() => ConfigLoader.Load(path));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.GateInvalid));
        Assert.That(ex.Message, Does.Contain("'auc is high'"));
    }

    [Test]
    public void Reports_a_missing_config_with_how_to_fix_it()
    {
        using var dir = new TempDir();
        var ex = Assert.Throws<TollgateException>(() => ConfigLoader.Load(Path.Combine(dir.Path, "nope.yml")));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.ConfigNotFound));
        Assert.That(ex.Hint, Does.Contain("--config"));
    }

    [Test]
    public void A_typo_in_a_gate_key_suggests_the_right_key()
    {
        // Arrange
        using var dir = new TempDir();
        var path = dir.File("tollgate.yml", "model:\n  name: m1\nenvironments:\n  - name: staging\n    gates:\n      - drift:\n          reference: a.csv\n          current: b.csv\n          treshold: 0.3\n");

        // Act
        var ex = Assert.Throws<TollgateException>(() => ConfigLoader.Load(path));

        // Assert
        Assert.That(ex!.Message, Does.Contain($"{path}(9,11)").And.Contain("unknown key 'treshold'; did you mean 'threshold'?"));
    }

    [Test]
    public void A_gate_with_two_kinds_is_rejected()
    {
        using var dir = new TempDir();
        var path = dir.File("tollgate.yml", "model:\n  name: m1\nenvironments:\n  - name: staging\n    gates:\n      - metric: auc >= 0.8\n        baseline: auc >= baseline\n");
        var ex = Assert.Throws<TollgateException>(() => ConfigLoader.Load(path));
        Assert.That(ex!.Message, Does.Contain("exactly one kind, found metric and baseline"));
    }

    [TestCase("      - metric: auc >= 1.2", "can never pass: auc lies in [0, 1]")]
    [TestCase("      - metric: rmse < 0", "can never pass: rmse lies in [0, ∞]")]
    [TestCase("      - drift: { reference: a.csv, current: b.csv, alpha: 1.5 }", "drift.alpha = 1.5 is impossible")]
    [TestCase("      - drift: { reference: a.csv, current: b.csv, datasetShare: 0 }", "drift.datasetShare = 0 is impossible")]
    public void Impossible_thresholds_are_rejected_when_the_policy_loads(string gate, string message)
    {
        using var dir = new TempDir();
        var path = dir.File("tollgate.yml", $"model:\n  name: m1\nenvironments:\n  - name: staging\n    gates:\n{gate}\n");
        var ex = Assert.Throws<TollgateException>(() => ConfigLoader.Load(path));
        Assert.That(ex!.Message, Does.Contain(message));
        Assert.That(ex.Message, Does.Contain($"{path}(6,9): environments[staging].gates[0]"), "file, line and column of the gate");
    }
}
