using System.Xml.Linq;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Packaging;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Core.Tests.Packaging;

public class ModelPackageTargetsTests
{
    private string work = null!;
    private ModelManifest manifest = null!;

    [SetUp]
    public void SetUp()
    {
        work = TestArtifacts.TempDir("tg-targets");
        manifest = ManifestStore.Read(TestArtifacts.Create(Path.Combine(work, "a"), "churn-classifier", "1.4.0", ("model.zip", 16, 1), ("vocab/terms;1.txt", 8, 2)));
    }

    [TearDown]
    public void TearDown() => Directory.Delete(work, recursive: true);

    [TestCase("Contoso.Models.Churn", "TollgateModel_Contoso_Models_Churn")]
    [TestCase("churn-classifier", "TollgateModel_churn_classifier")]
    [TestCase("1st.Model", "TollgateModel_1st_Model")]
    public void Property_prefix_keeps_only_msbuild_safe_characters(string id, string expected) =>
        Assert.That(ModelPackageTargets.PropertyPrefix(id), Is.EqualTo(expected));

    [Test]
    public void Props_expose_path_version_digest_and_directory()
    {
        // Act
        var props = XDocument.Parse(ModelPackageTargets.Props("Contoso.Models.Churn", manifest));

        // Assert
        string Value(string suffix) => props.Descendants($"TollgateModel_Contoso_Models_Churn_{suffix}").Single().Value;
        Assert.That(Value("Version"), Is.EqualTo("1.4.0"));
        Assert.That(Value("Name"), Is.EqualTo("churn-classifier"));
        Assert.That(Value("Digest"), Is.EqualTo(manifest.Digest));
        Assert.That(Value("Path"), Is.EqualTo("models/churn-classifier/model.zip"));
        Assert.That(Value("Directory"), Is.EqualTo("models/churn-classifier/"));
        Assert.That(Value("PackageDirectory"), Does.Contain("$(MSBuildThisFileDirectory)../tollgate/"));
    }

    [Test]
    public void Targets_copy_every_model_file_and_the_manifest_to_output_and_publish_with_escaped_names()
    {
        // Act
        var targets = XDocument.Parse(ModelPackageTargets.Targets("Contoso.Models.Churn", manifest));

        // Assert
        var items = targets.Descendants("None").ToList();
        Assert.That(items.Select(i => i.Attribute("Link")!.Value), Is.EquivalentTo(new[]
        {
            "models/churn-classifier/model.zip", "models/churn-classifier/vocab/terms%3B1.txt", "models/churn-classifier/tollgate.model.json",
        }));
        Assert.That(items.Select(i => i.Attribute("CopyToOutputDirectory")!.Value).Distinct(), Is.EqualTo(new[] { "PreserveNewest" }));
        Assert.That(items.Select(i => i.Attribute("CopyToPublishDirectory")!.Value).Distinct(), Is.EqualTo(new[] { "PreserveNewest" }));
        Assert.That(targets.Root!.Element("ItemGroup")!.Attribute("Condition")!.Value, Does.Contain("TollgateModel_Contoso_Models_Churn_Copy"));
    }

    [Test]
    public void Transitive_files_import_the_build_ones()
    {
        // Act
        var import = XDocument.Parse(ModelPackageTargets.Import("Contoso.Models.Churn", ".targets"));

        // Assert
        Assert.That(import.Root!.Element("Import")!.Attribute("Project")!.Value, Is.EqualTo("$(MSBuildThisFileDirectory)../build/Contoso.Models.Churn.targets"));
    }
}
