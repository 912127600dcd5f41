using System.IO.Compression;
using NuGet.Packaging;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Packaging;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Core.Tests.Packaging;

public class NuGetModelPackagerTests() : TempWorkFixture("tg-nuget")
{
    [Test]
    public void Packing_the_same_artifact_twice_gives_a_byte_identical_package()
    {
        // Arrange
        var artifact = TestArtifacts.Create(Path.Combine(Work, "a"));
        var packager = new NuGetModelPackager(PackagedModels.Config(Work));

        // Act
        var first = packager.Pack(artifact, Path.Combine(Work, "feed1"));
        File.SetLastWriteTimeUtc(Path.Combine(artifact, "model.zip"), DateTime.UtcNow.AddDays(-3));
        var second = packager.Pack(artifact, Path.Combine(Work, "feed2"));

        // Assert
        Assert.That(File.ReadAllBytes(second.Path), Is.EqualTo(File.ReadAllBytes(first.Path)));
        Assert.That(Path.GetFileName(first.Path), Is.EqualTo("contoso.models.churn.1.4.0.nupkg"));
    }

    [Test]
    public void Package_holds_model_manifest_readme_license_commit_and_msbuild_files()
    {
        // Arrange
        var nupkg = PackagedModels.Pack(Work);

        // Act
        using var reader = new PackageArchiveReader(nupkg);
        var nuspec = reader.NuspecReader;
        var files = reader.GetFiles().ToList();

        // Assert
        Assert.That(nuspec.GetId(), Is.EqualTo(PackagedModels.PackageId));
        Assert.That(nuspec.GetVersion().ToNormalizedString(), Is.EqualTo("1.4.0"));
        Assert.That(nuspec.GetLicenseMetadata()!.License, Is.EqualTo("MIT"));
        Assert.That(nuspec.GetRepositoryMetadata().Commit, Is.EqualTo("0123456789abcdef0123456789abcdef01234567"));
        Assert.That(nuspec.GetRepositoryMetadata().Url, Is.EqualTo("https://example.com/contoso/churn.git"));
        Assert.That(nuspec.GetReadme(), Is.EqualTo("README.md"));
        Assert.That(files, Is.SupersetOf(new[]
        {
            "tollgate/model.zip", "tollgate/tollgate.model.json", "README.md",
            "build/Contoso.Models.Churn.props", "build/Contoso.Models.Churn.targets",
            "buildTransitive/Contoso.Models.Churn.props", "buildTransitive/Contoso.Models.Churn.targets",
        }));
        using var readme = new StreamReader(reader.GetStream("README.md"));
        Assert.That(readme.ReadToEnd(), Does.StartWith("# churn 1.4.0"));
    }

    [Test]
    public void Large_model_files_are_stored_uncompressed_deterministically_and_still_verify()
    {
        // Arrange
        var artifact = TestArtifacts.Create(Path.Combine(Work, "a"), files: [("model.zip", 48 * 1024, 1), ("small.bin", 100, 2)]);
        var packager = new NuGetModelPackager(PackagedModels.Config(Work)) { StoreAboveBytes = 1024 };

        // Act
        var first = packager.Pack(artifact, Path.Combine(Work, "feed1"));
        var second = packager.Pack(artifact, Path.Combine(Work, "feed2"));
        var fetched = ModelPackageExtractor.Extract(first.Path, Path.Combine(Work, "out"));

        // Assert
        Assert.That(File.ReadAllBytes(second.Path), Is.EqualTo(File.ReadAllBytes(first.Path)));
        using var zip = ZipFile.OpenRead(first.Path);
        var model = zip.GetEntry("tollgate/model.zip")!;
        Assert.That(model.CompressedLength, Is.EqualTo(model.Length).And.EqualTo(48 * 1024));
        Assert.That(zip.GetEntry("build/Contoso.Models.Churn.targets"), Is.Not.Null);
        Assert.That(fetched.Digest, Is.EqualTo(ManifestStore.Read(artifact).Digest));
        Assert.That(File.ReadAllBytes(Path.Combine(Work, "out", "model.zip")), Is.EqualTo(File.ReadAllBytes(Path.Combine(artifact, "model.zip"))));
    }

    [Test]
    public void A_package_above_the_limit_carries_a_coded_warning_pointing_to_oci()
    {
        // Arrange
        var artifact = TestArtifacts.Create(Path.Combine(Work, "a"));
        var packager = new NuGetModelPackager(PackagedModels.Config(Work)) { WarnAboveBytes = 1024 };

        // Act
        var result = packager.Pack(artifact, Path.Combine(Work, "feed"));
        var small = new NuGetModelPackager(PackagedModels.Config(Work)).Pack(artifact, Path.Combine(Work, "feed2"));

        // Assert
        Assert.That(result.Warning, Does.Contain(ErrorCodes.NuGetPackageTooLarge).And.Contain("tollgate push --oci"));
        Assert.That(small.Warning, Is.Null);
    }

    [Test]
    public void Repacking_a_version_with_a_different_model_is_refused()
    {
        // Arrange
        var feed = Path.Combine(Work, "feed");
        var packager = new NuGetModelPackager(PackagedModels.Config(Work));
        packager.Pack(TestArtifacts.Create(Path.Combine(Work, "a"), files: ("model.zip", 1024, 1)), feed);

        // Act
        var ex = Assert.Throws<TollgateException>(() => packager.Pack(TestArtifacts.Create(Path.Combine(Work, "b"), files: ("model.zip", 1024, 2)), feed));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.PackageFailed));
        using var zip = ZipFile.OpenRead(Path.Combine(feed, "contoso.models.churn.1.4.0.nupkg"));
        Assert.That(zip.GetEntry("tollgate/model.zip")!.Length, Is.EqualTo(1024));
    }
}
