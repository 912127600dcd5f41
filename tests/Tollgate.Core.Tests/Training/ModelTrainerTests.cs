using Tollgate.Core.Artifacts;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Training;

public class ModelTrainerTests
{
    [TestCase("sdca-logistic")]
    [TestCase("lbfgs-logistic")]
    [TestCase("fasttree")]
    public void Same_spec_data_and_seed_give_the_same_model_digest(string trainer)
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, trainer);

        // Act
        var first = new ModelTrainer(config).Train(Path.Combine(dir.Path, "a"), _ => "1.0.0");
        var second = new ModelTrainer(config).Train(Path.Combine(dir.Path, "b"), _ => "1.0.0");

        // Assert
        Assert.That(second.Digest, Is.EqualTo(first.Digest));
        Assert.That(File.ReadAllBytes(Path.Combine(dir.Path, "a", "model.zip")), Is.EqualTo(File.ReadAllBytes(Path.Combine(dir.Path, "b", "model.zip"))));
        Assert.That(first.Lineage.Deterministic, Is.True);
    }

    [Test]
    public void Writes_a_manifest_with_lineage_metrics_and_schema_that_reads_back()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        var output = Path.Combine(dir.Path, "model");

        // Act
        var manifest = new ModelTrainer(config).Train(output, d => $"1.2.3+sha.{d[7..15]}");
        var read = ManifestStore.Read(output);

        // Assert
        Assert.That(read.Digest, Is.EqualTo(manifest.Digest));
        Assert.That(read.Version, Is.EqualTo($"1.2.3+sha.{manifest.Digest[7..15]}"));
        Assert.That(read.Metrics["auc"], Is.InRange(0.6, 1.0));
        Assert.That(read.Lineage.DataRows, Is.EqualTo(800));
        Assert.That(read.Lineage.DataDigest, Does.StartWith("sha256:"));
        Assert.That(read.Lineage.Seed, Is.EqualTo(3));
        Assert.That(read.Schema.Inputs.Select(c => c.Name), Is.EqualTo(new[] { "tenure", "charges", "contract" }));
        Assert.That(read.Card.Owners, Is.EqualTo(new[] { "tests@example.com" }));
    }

    [Test]
    public void Different_seed_gives_a_different_split_and_digest()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        var first = new ModelTrainer(config).Train(Path.Combine(dir.Path, "a"), _ => "1.0.0");
        File.WriteAllText(Path.Combine(dir.Path, "training.yml"), File.ReadAllText(Path.Combine(dir.Path, "training.yml")).Replace("seed: 3", "seed: 4"));

        // Act
        var second = new ModelTrainer(config).Train(Path.Combine(dir.Path, "b"), _ => "1.0.0");

        // Assert
        Assert.That(second.Digest, Is.Not.EqualTo(first.Digest));
    }

    [Test]
    public void Names_a_missing_column_and_lists_the_columns_in_the_file()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        File.WriteAllText(Path.Combine(dir.Path, "training.yml"), File.ReadAllText(Path.Combine(dir.Path, "training.yml")).Replace("[tenure, charges]", "[tenure, charge]"));

        // Act
        var ex = Assert.Throws<TollgateException>(() => new ModelTrainer(config).Train(Path.Combine(dir.Path, "m"), _ => "1.0.0"));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DataInvalid));
        Assert.That(ex.Message, Does.Contain("no column 'charge'"));
        Assert.That(ex.Hint, Does.Contain("tenure, charges, contract, churned"));
        Assert.That(Directory.Exists(Path.Combine(dir.Path, "m")), Is.False, "nothing half-written");
    }

    [Test]
    public void Rejects_an_unknown_hyperparameter_with_the_valid_names()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        File.AppendAllText(Path.Combine(dir.Path, "training.yml"), "\n");
        var spec = File.ReadAllText(Path.Combine(dir.Path, "training.yml")).Replace("  name: sdca-logistic", "  name: sdca-logistic\n  hyperparameters:\n    l2Regularisation: \"0.1\"");
        File.WriteAllText(Path.Combine(dir.Path, "training.yml"), spec);

        // Act
        var ex = Assert.Throws<TollgateException>(() => new ModelTrainer(config).Train(Path.Combine(dir.Path, "m"), _ => "1.0.0"));

        // Assert
        Assert.That(ex!.Message, Does.Contain("l2Regularisation"));
        Assert.That(ex.Hint, Does.Contain("l2Regularization"));
    }

    [Test]
    public void Trains_from_parquet_like_from_csv()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        ParquetSample.WriteFromCsv(Path.Combine(dir.Path, "data.csv"), Path.Combine(dir.Path, "data.parquet"));
        File.WriteAllText(Path.Combine(dir.Path, "training.yml"), File.ReadAllText(Path.Combine(dir.Path, "training.yml")).Replace("data.csv", "data.parquet"));

        // Act
        var manifest = new ModelTrainer(config).Train(Path.Combine(dir.Path, "m"), _ => "1.0.0");

        // Assert
        Assert.That(manifest.Lineage.DataRows, Is.EqualTo(800));
        Assert.That(manifest.Metrics["auc"], Is.InRange(0.6, 1.0));
    }
}
