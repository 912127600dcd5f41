using System.IO.Compression;
using System.Xml.Linq;

namespace Tollgate.EndToEnd.Tests;

/// <summary>Every package of one pack: the one version, a README, the icon, the licence and the commit.</summary>
public class PackageMetadataTests
{
    [Test]
    public void Every_package_carries_the_one_version_a_readme_the_icon_the_license_and_the_commit()
    {
        // Arrange
        var packages = Directory.GetFiles(PackedKit.Feed, "*.nupkg");
        Assume.That(packages, Is.Not.Empty);

        foreach (var package in packages)
        {
            // Act
            using var zip = ZipFile.OpenRead(package);
            var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/'));
            using var stream = nuspecEntry.Open();
            var metadata = XDocument.Load(stream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
            var repository = metadata.Elements().SingleOrDefault(e => e.Name.LocalName == "repository");

            // Assert
            var id = Value("id");
            Assert.That(Value("version"), Is.EqualTo(PackedKit.Version), id);
            Assert.That(Value("readme"), Is.EqualTo("README.md"), id);
            Assert.That(zip.GetEntry("README.md"), Is.Not.Null, id);
            Assert.That(Value("icon"), Is.EqualTo("icon.png"), id);
            Assert.That(zip.GetEntry("icon.png"), Is.Not.Null, id);
            Assert.That(Value("license"), Is.EqualTo("MIT"), id);
            Assert.That(repository?.Attribute("commit")?.Value, Does.Match("^[0-9a-f]{40}$"), id + ": Source Link stamps the commit");
        }
    }
}
