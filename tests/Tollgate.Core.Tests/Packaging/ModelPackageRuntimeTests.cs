using System.Xml.Linq;
using NuGet.Packaging;
using Tollgate.Core.Packaging;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Packaging;

/// <summary>A model package carries what a consumer needs to predict: ML.NET dependencies and generated types.</summary>
public class ModelPackageRuntimeTests
{
    private static readonly string MlNetVersion = CentralVersion("Microsoft.ML");

    [TestCase("sdca-logistic", new[] { "Microsoft.ML" })]
    [TestCase("fasttree", new[] { "Microsoft.ML", "Microsoft.ML.FastTree" })]
    public void Package_depends_on_the_ml_net_packages_that_trained_the_model(string trainer, string[] expected)
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, trainer: trainer, rows: 200);
        var artifact = Path.Combine(dir.Path, "model");
        var manifest = new ModelTrainer(config).Train(artifact, _ => "1.0.0");

        // Act
        var packed = new NuGetModelPackager(config).Pack(artifact, Path.Combine(dir.Path, "feed"));
        using var reader = new PackageArchiveReader(packed.Path);
        var dependencies = reader.NuspecReader.GetDependencyGroups().SelectMany(g => g.Packages).ToList();

        // Assert: package versions (5.0.1), not assembly versions (5.0.0)
        Assert.That(manifest.Lineage.Tools["ml.net"], Is.EqualTo(MlNetVersion));
        Assert.That(dependencies.Select(d => d.Id), Is.EqualTo(expected));
        Assert.That(dependencies.Select(d => d.VersionRange.MinVersion!.ToNormalizedString()), Is.All.EqualTo(MlNetVersion));
    }

    [Test]
    public void Package_compiles_typed_input_and_output_classes_from_the_recorded_schema_into_csharp_consumers()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, rows: 200);
        var artifact = Path.Combine(dir.Path, "model");
        var manifest = new ModelTrainer(config).Train(artifact, _ => "1.0.0");

        // Act
        var packed = new NuGetModelPackager(config).Pack(artifact, Path.Combine(dir.Path, "feed"));
        using var reader = new PackageArchiveReader(packed.Path);
        var id = packed.PackageId;
        string Read(string path)
        {
            using var stream = reader.GetStream(path);
            return new StreamReader(stream).ReadToEnd();
        }

        var source = Read($"build/{id}.ModelTypes.cs");
        var targets = XDocument.Parse(Read($"build/{id}.targets"));

        // Assert
        foreach (var column in manifest.Schema.Inputs.Concat(manifest.Schema.Outputs))
        {
            Assert.That(source, Does.Contain($"[global::Microsoft.ML.Data.ColumnName(\"{column.Name}\")]"));
        }

        Assert.That(source, Does.Contain("public sealed partial class ModelInput"));
        Assert.That(source, Does.Contain("public bool PredictedLabel { get; set; }"));
        Assert.That(source, Does.Contain($"public const string Digest = \"{manifest.Digest}\";"));
        var compile = targets.Descendants("Compile").Single();
        Assert.That(compile.Attribute("Include")!.Value, Is.EqualTo($"$(MSBuildThisFileDirectory){id}.ModelTypes.cs"));
        Assert.That(compile.Parent!.Attribute("Condition")!.Value, Does.Contain("'$(Language)' == 'C#'"));
    }

    [TestCase("tenure_months", "TenureMonths")]
    [TestCase("monthly-charges", "MonthlyCharges")]
    [TestCase("2nd score", "_2ndScore")]
    [TestCase("Probability", "Probability")]
    public void Column_names_become_pascal_case_members(string column, string member) =>
        Assert.That(CSharpNames.Member(column), Is.EqualTo(member));

    private static string CentralVersion(string id)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "Directory.Packages.props")))
        {
            dir = dir.Parent;
        }

        return XDocument.Load(Path.Combine(dir.FullName, "Directory.Packages.props")).Descendants("PackageVersion")
            .Single(p => p.Attribute("Include")!.Value == id).Attribute("Version")!.Value;
    }
}
