using Tollgate.Core.Environments;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Gates;

public class ComplianceGateTests
{
    [Test]
    public async Task Flags_empty_card_fields_a_licence_outside_the_list_and_personal_data_by_name_and_content()
    {
        // Arrange: contract values replaced by e-mail addresses; feature renamed 'email'; no intended use
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - compliance:\n          allowedLicenses: [Apache-2.0]");
        var csv = Path.Combine(dir.Path, "data.csv");
        var lines = File.ReadAllLines(csv);
        File.WriteAllLines(csv, [lines[0].Replace("contract", "email"), .. lines.Skip(1).Select((l, i) => string.Join(',', l.Split(',').Select((c, k) => k == 2 ? $"user{i % 50}@example.com" : c)))]);
        var spec = Path.Combine(dir.Path, "training.yml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("[contract]", "[email]"));
        var artifact = Path.Combine(dir.Path, "m");
        new ModelTrainer(config).Train(artifact, _ => "1.0.0");

        // Act
        var report = await new Tollgate.Core.Gates.GateEvaluator(config, BackendFactory.Create(config)).EvaluateAsync(config.Environments[1], artifact, CancellationToken.None);

        // Assert
        var gate = report.Gates.Single();
        Assert.That(gate.Verdict, Is.EqualTo("fail"));
        Assert.That(gate.Message, Does.Contain("model card field 'intendedUse' is empty")
            .And.Contain("licence 'MIT' is not in the allowed list")
            .And.Contain("feature 'email' looks like personal data by its name")
            .And.Contain("feature 'email' contains values that look like e-mail addresses"));
    }
}
