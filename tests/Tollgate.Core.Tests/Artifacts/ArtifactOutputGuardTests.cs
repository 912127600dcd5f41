using Tollgate.Core.Artifacts;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Artifacts;

public class ArtifactOutputGuardTests
{
    [Test]
    public void Refuses_a_data_folder_and_leaves_every_file_in_place()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        var data = Path.Combine(dir.Path, "mydata");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "keep.csv"), "a,b\n1,2\n");

        // Act
        var ex = Assert.Throws<TollgateException>(() => new ModelTrainer(config).Train(data, _ => "1.0.0"));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.OutputNotArtifact));
        Assert.That(ex.Message, Does.Contain("mydata").And.Contain("no tollgate.model.json"));
        Assert.That(Directory.GetFileSystemEntries(data), Is.EqualTo(new[] { Path.Combine(data, "keep.csv") }));
        Assert.That(Directory.GetDirectories(dir.Path).Where(d => d.Contains(".tmp-", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void Refuses_the_repository_root_and_its_ancestors()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        var before = Directory.GetFileSystemEntries(dir.Path, "*", SearchOption.AllDirectories).Order().ToList();

        // Act
        var root = Assert.Throws<TollgateException>(() => new ModelTrainer(config).Train(dir.Path, _ => "1.0.0"));
        var parent = Assert.Throws<TollgateException>(() => new ModelTrainer(config).Train(Path.GetDirectoryName(dir.Path)!, _ => "1.0.0"));

        // Assert
        Assert.That(root!.Code, Is.EqualTo(ErrorCodes.OutputHoldsProtectedFolder));
        Assert.That(parent!.Code, Is.EqualTo(ErrorCodes.OutputHoldsProtectedFolder));
        Assert.That(Directory.GetFileSystemEntries(dir.Path, "*", SearchOption.AllDirectories).Order(), Is.EqualTo(before));
    }

    [Test]
    public void Replaces_its_own_artifact_but_not_one_with_a_foreign_file_added()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        var output = Path.Combine(dir.Path, "model");
        new ModelTrainer(config).Train(output, _ => "1.0.0");
        File.WriteAllText(Path.Combine(dir.Path, "training.yml"), File.ReadAllText(Path.Combine(dir.Path, "training.yml")).Replace("seed: 3", "seed: 4"));

        // Act
        var retrained = new ModelTrainer(config).Train(output, _ => "1.0.1");
        File.WriteAllText(Path.Combine(output, "notes.txt"), "mine");
        var ex = Assert.Throws<TollgateException>(() => new ModelTrainer(config).Train(output, _ => "1.0.2"));

        // Assert
        Assert.That(ManifestStore.Read(Path.Combine(dir.Path, "model"), verifyFiles: false).Digest, Is.EqualTo(retrained.Digest));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.OutputNotArtifact));
        Assert.That(File.ReadAllText(Path.Combine(output, "notes.txt")), Is.EqualTo("mine"));
    }

    [Test]
    public void A_failed_training_leaves_the_previous_artifact_untouched()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir);
        var output = Path.Combine(dir.Path, "model");
        var good = new ModelTrainer(config).Train(output, _ => "1.0.0");
        var spec = Path.Combine(dir.Path, "training.yml");
        File.WriteAllText(spec, File.ReadAllText(spec).Replace("label: churned", "label: no_such_column"));

        // Act
        Assert.Throws<TollgateException>(() => new ModelTrainer(config).Train(output, _ => "1.0.1"));

        // Assert
        Assert.That(ManifestStore.Read(output).Digest, Is.EqualTo(good.Digest));
        Assert.That(Directory.GetDirectories(dir.Path).Where(d => d.Contains(".tmp-", StringComparison.Ordinal) || d.Contains(".old-", StringComparison.Ordinal)), Is.Empty);
    }
}
