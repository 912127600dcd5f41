using System.Text.RegularExpressions;
using Tollgate.Core.Environments;
using Tollgate.Core.Packaging;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Gates;

public class SchemaGateTests
{
    private static async Task<Exception?> PromoteSecondModel(string firstFeatures, string secondFeatures, Action<double, double>? compareAuc = null)
    {
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.5\n      - schema: {}");
        var spec = Path.Combine(dir.Path, "training.yml");
        var csv = Path.Combine(dir.Path, "data.csv");
        var lines = File.ReadAllLines(csv);
        File.WriteAllLines(csv, [lines[0] + ",contract_kind", .. lines.Skip(1).Select(l => l + "," + l.Split(',')[2])]);
        var backend = BackendFactory.Create(config);
        var service = new PromotionService(config, backend);

        async Task<double> Ship(string features, string folder, string version)
        {
            File.WriteAllText(spec, Regex.Replace(File.ReadAllText(spec), "features:\\n(.|\\n)*?trainer:", $"features:\n{features}\ntrainer:"));
            var artifact = Path.Combine(dir.Path, folder);
            var manifest = new ModelTrainer(config).Train(artifact, d => $"{version}+sha.{d[7..15]}");
            new NuGetModelPackager(config).Pack(artifact);
            await service.PromoteAsync(artifact, "sandbox", new PromotionOptions(), CancellationToken.None);
            await service.PromoteAsync(artifact, "staging", new PromotionOptions(), CancellationToken.None);
            return manifest.Metrics["auc"];
        }

        var first = await Ship(firstFeatures, "m1", "1.0.0");
        try
        {
            var second = await Ship(secondFeatures, "m2", "1.1.0");
            compareAuc?.Invoke(first, second);
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }

    [Test]
    public async Task A_candidate_better_on_auc_that_renames_an_input_is_refused()
    {
        // Arrange / Act: model 2 adds an informative feature but renames 'contract' to 'contract_kind'
        var ex = await PromoteSecondModel(
            "  numeric: [tenure]\n  categorical: [contract]",
            "  numeric: [tenure, charges]\n  categorical: [contract_kind]");

        // Assert
        Assert.That(ex, Is.InstanceOf<CheckFailedException>());
        Assert.That(ex!.Message, Does.Contain("input column 'contract' was removed or renamed"));
        Assert.That(ex.Message, Does.Contain("schema gate failed against the serving contract of 1.0.0"));
    }

    [Test]
    public async Task The_better_candidate_really_is_better_on_auc_when_the_schema_is_kept()
    {
        // Arrange / Act: same improvement, contract kept → passes, with a warning for the added input
        double first = 0, second = 0;
        var ex = await PromoteSecondModel(
            "  numeric: [tenure]\n  categorical: [contract]",
            "  numeric: [tenure, charges]\n  categorical: [contract]",
            (a, b) => (first, second) = (a, b));

        // Assert
        Assert.That(ex, Is.Null, ex?.ToString());
        Assert.That(second, Is.GreaterThan(first));
    }
}
