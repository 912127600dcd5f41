using System.Globalization;
using System.Text;
using Tollgate.Core.Environments;
using Tollgate.Core.Packaging;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Environments;

/// <summary><c>promotion: retrain</c>: production takes a model retrained for it, if it is no worse than staging's.</summary>
public class RetrainComparisonTests
{
    private static async Task<(PromotionService Promoter, Tollgate.Core.Config.TollgateConfig Config)> StagingHoldsV1(TempDir dir, string retrain)
    {
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.6", production: "    promotion: retrain\n" + retrain);
        var v1 = Path.Combine(dir.Path, "out", "v1");
        new ModelTrainer(config).Train(v1, _ => "1.0.0");
        new NuGetModelPackager(config).Pack(v1);
        var promoter = new PromotionService(config, BackendFactory.Create(config));
        await promoter.PromoteAsync(v1, "sandbox", new PromotionOptions { Actor = new Actor("ci") }, CancellationToken.None);
        await promoter.PromoteAsync(v1, "staging", new PromotionOptions { Actor = new Actor("ci") }, CancellationToken.None);
        return (promoter, config);
    }

    [Test]
    public async Task A_retrained_model_about_as_good_as_staging_enters_production_without_being_the_staging_digest()
    {
        // Arrange
        using var dir = new TempDir();
        var (promoter, config) = await StagingHoldsV1(dir, "    retrain: { tolerance: 0.05, metrics: [auc] }");
        SampleProject.WriteData(Path.Combine(dir.Path, "data.csv"), 800, seed: 8);
        var v2 = Path.Combine(dir.Path, "out", "v2");
        var manifest = new ModelTrainer(config).Train(v2, _ => "1.1.0");

        // Act
        var result = await promoter.PromoteAsync(v2, "production", new PromotionOptions { Actor = new Actor("ci") }, CancellationToken.None);

        // Assert
        Assert.That(result.Deployment.Model.Digest, Is.EqualTo(manifest.Digest));
        Assert.That(result.Deployment.State, Is.EqualTo(DeploymentState.Success));
    }

    [Test]
    public async Task A_retrained_model_worse_than_staging_beyond_the_tolerance_is_refused_naming_the_metric()
    {
        // Arrange: labels independent of the features, so the candidate's AUC is near 0.5 (staging's is well above 0.6)
        using var dir = new TempDir();
        var (promoter, config) = await StagingHoldsV1(dir, "    retrain: { tolerance: 0.02 }");
        var rng = new Random(5);
        var noise = new StringBuilder("tenure,charges,contract,churned\n");
        for (var i = 0; i < 800; i++)
        {
            noise.Append(CultureInfo.InvariantCulture, $"{rng.Next(1, 72)},{20 + (rng.NextDouble() * 100):F2},{(i % 2 == 0 ? "monthly" : "yearly")},{rng.Next(2)}\n");
        }

        File.WriteAllText(Path.Combine(dir.Path, "data.csv"), noise.ToString());
        var v2 = Path.Combine(dir.Path, "out", "v2");
        new ModelTrainer(config).Train(v2, _ => "1.1.0");

        // Act
        var ex = await Assert.ThrowsAsync<CheckFailedException>(() => promoter.PromoteAsync(v2, "production", new PromotionOptions(), CancellationToken.None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.RetrainedModelWorse));
        Assert.That(ex.Message, Does.Contain("auc").And.Contain("in staging").And.Contain("'production' is unchanged"));
    }

    [Test]
    public async Task Transit_environments_still_refuse_a_digest_that_is_not_live_before_them()
    {
        // Arrange
        using var dir = new TempDir();
        var (promoter, config) = await StagingHoldsV1(dir, "");
        SampleProject.WriteData(Path.Combine(dir.Path, "data.csv"), 800, seed: 8);
        var v2 = Path.Combine(dir.Path, "out", "v2");
        new ModelTrainer(config).Train(v2, _ => "1.1.0");

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => promoter.PromoteAsync(v2, "staging", new PromotionOptions(), CancellationToken.None));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.PromotionEdge));
    }

    [TestCase(false, TestName = "Retrain_parity_admits_a_retrained_model_that_predicts_like_staging")]
    [TestCase(true, TestName = "Retrain_parity_refuses_a_retrained_model_that_predicts_unlike_staging")]
    public async Task Retrain_parity_compares_predictions_with_the_staging_model(bool flipLabels)
    {
        // Arrange: metrics alone cannot tell (flipped labels train an equally good model of the opposite)
        using var dir = new TempDir();
        var (promoter, config) = await StagingHoldsV1(dir, "    retrain: { tolerance: 1, parity: { minAgreement: 0.8 } }");
        var csv = Path.Combine(dir.Path, "data.csv");
        SampleProject.WriteData(csv, 800, seed: 8);
        if (flipLabels)
        {
            var lines = File.ReadAllLines(csv);
            File.WriteAllLines(csv, [lines[0], .. lines.Skip(1).Select(l => l[..^1] + (l[^1] == '1' ? "0" : "1"))]);
        }

        var v2 = Path.Combine(dir.Path, "out", "v2");
        new ModelTrainer(config).Train(v2, _ => "1.1.0");

        // Act
        var promote = () => promoter.PromoteAsync(v2, "production", new PromotionOptions { Actor = new Actor("ci") }, CancellationToken.None);

        // Assert
        if (flipLabels)
        {
            var ex = await Assert.ThrowsAsync<CheckFailedException>(promote);
            Assert.That(ex!.Message, Does.Contain("does not match the model live in 'staging'").And.Contain("production' is unchanged"));
        }
        else
        {
            Assert.That((await promote()).Deployment.State, Is.EqualTo(DeploymentState.Success));
        }
    }
}
