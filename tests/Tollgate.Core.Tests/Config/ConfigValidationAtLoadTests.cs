using Tollgate.Core.Config;

namespace Tollgate.Core.Tests.Config;

/// <summary>Everything wrong with tollgate.yml is found when it loads, with file, line and column, never a .NET type name.</summary>
public class ConfigValidationAtLoadTests
{
    private static TollgateException Load(string yaml)
    {
        using var dir = new TempDir();
        var path = dir.File("tollgate.yml", yaml);
        return Assert.Throws<TollgateException>(() => ConfigLoader.Load(path))!;
    }

    [TestCase("model:\n  name: m\nenvironments: []\n", ErrorCodes.ConfigInvalid, 3, "empty list")]
    [TestCase("model:\n  name: m\nenvironments:\n  - name: a\n    promotion: teleport\n", ErrorCodes.ConfigInvalid, 5, "must be one of")]
    [TestCase("model:\n  name: m\nenvironments:\n  - name: a\n    promotion: retrain\n  - name: b\n", ErrorCodes.ConfigInvalid, 5, "first environment")]
    [TestCase("model:\n  name: m\n  output: ../../elsewhere\n", ErrorCodes.ConfigPathOutsideRepository, 3, "outside the repository")]
    [TestCase("model:\n  name: m\npackage:\n  feed: /tmp/feed\n", ErrorCodes.ConfigPathOutsideRepository, 4, "outside the repository")]
    [TestCase("model:\n  name: m\nbackend:\n  kind: local\n  ledger: ../ledger.jsonl\n", ErrorCodes.ConfigPathOutsideRepository, 5, "backend.ledger")]
    [TestCase("model:\n  name: m\nenvironments:\n  - name: a\n    strategy: { kind: canary, steps: [10, 100], interval: -1 }\n", ErrorCodes.ConfigInvalid, 5, "interval")]
    [TestCase("model:\n  name: m\nenvironments:\n  - name: a\n    gates:\n      - drift: { reference: r.csv, current: c.csv, correction: sidak }\n", ErrorCodes.GateInvalid, 6, "correction")]
    [TestCase("model:\n  name: m\nenvironments:\n  - name: a\n    gates:\n      - metric: auc >= 0.8\n        severity: fatal\n", ErrorCodes.GateInvalid, 6, "severity")]
    [TestCase("model:\n  name: m\nenvironments:\n  - name: a\n    gates: yes please\n", ErrorCodes.ConfigInvalid, 5, "gates")]
    public void Refuses_at_load_with_the_line(string yaml, string code, int line, string text)
    {
        // Act
        var ex = Load(yaml);

        // Assert
        Assert.That(ex.Code, Is.EqualTo(code), ex.Message);
        Assert.That(ex.Line, Is.EqualTo(line), ex.Message);
        Assert.That(ex.Message, Does.Contain(text));
        Assert.That(ex.Message, Does.Not.Match(@"\b(Tollgate|System|YamlDotNet)\.[A-Z]"));
    }

    [Test]
    public void Allows_paths_outside_the_repository_when_told_to()
    {
        // Arrange
        using var dir = new TempDir();
        var path = dir.File("tollgate.yml", "model:\n  name: m\npackage:\n  feed: ../shared-feed\nallowOutsideRepository: true\n");

        // Act
        var config = ConfigLoader.Load(path);

        // Assert
        Assert.That(config.Resolve(config.Package.Feed), Is.EqualTo(Path.GetFullPath(Path.Combine(dir.Path, "..", "shared-feed"))));
    }

    [Test]
    public void Refuses_a_file_that_is_not_utf8_naming_the_byte()
    {
        // Arrange
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, "tollgate.yml");
        File.WriteAllBytes(path, [.. "model:\n  name: caf"u8.ToArray(), 0xE9, .. "\n"u8.ToArray()]);

        // Act
        var ex = Assert.Throws<TollgateException>(() => ConfigLoader.Load(path))!;

        // Assert
        Assert.That(ex.Code, Is.EqualTo(ErrorCodes.ConfigNotUtf8));
        Assert.That((ex.Line, ex.Column), Is.EqualTo((2, 12)));
    }
}
