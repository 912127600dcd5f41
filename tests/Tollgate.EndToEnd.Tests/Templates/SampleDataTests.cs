using Tollgate.Core.Tests.Oci;

namespace Tollgate.EndToEnd.Tests.Templates;

/// <summary>
/// The committed sample data (the kit's churn sample and the tollgate-repo template's datasets) is exactly what the one
/// generator, templates/generate-data.py, writes: run it into an empty folder and compare every file byte for byte.
/// </summary>
public class SampleDataTests() : TempWorkFixture("tg-sample-data")
{
    private static readonly string[] Files =
    [
        "churn-model/data/churn.csv", "churn-model/data/current-traffic.csv", "churn-model/data/recent-traffic.csv",
        "repo/model/data/binary/train.csv", "repo/model/data/binary/recent.csv",
        "repo/model/data/multiclass/train.csv", "repo/model/data/multiclass/recent.csv",
        "repo/model/data/regression/train.csv", "repo/model/data/regression/recent.csv",
    ];

    [Test]
    public void The_generator_rewrites_every_committed_sample_file_byte_identically()
    {
        // Arrange
        var python = RealTools.Require("python3", "python3");
        var templates = RepositoryRoot.Combine("templates");

        // Act
        var run = ProcessRunner.Run(python, [Path.Combine(templates, "generate-data.py"), Work]);

        // Assert
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        var written = Directory.EnumerateFiles(Work, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Work, f).Replace('\\', '/'));
        Assert.That(written, Is.EquivalentTo(Files));
        foreach (var file in Files)
        {
            Assert.That(File.ReadAllBytes(Path.Combine(Work, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(templates, file))), file);
        }
    }
}
