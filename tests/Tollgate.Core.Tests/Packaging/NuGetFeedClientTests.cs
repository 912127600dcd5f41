using System.IO.Compression;
using Tollgate.Core.Packaging;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Core.Tests.Packaging;

/// <summary>Push and fetch through NuGet.Protocol against a folder feed.</summary>
public class NuGetFeedClientTests
{
    private string work = null!;
    private string feed = null!;

    [SetUp]
    public void SetUp()
    {
        work = TestArtifacts.TempDir("tg-feed");
        feed = Path.Combine(work, "feed");
    }

    [TearDown]
    public void TearDown() => Directory.Delete(work, recursive: true);

    [Test]
    public async Task Push_then_fetch_by_exact_version_gives_back_the_verified_model()
    {
        // Arrange
        var nupkg = PackagedModels.Pack(work);
        var client = new NuGetFeedClient(feed);

        // Act
        var pushed = await client.PushAsync(nupkg);
        var again = await client.PushAsync(nupkg);
        var fetched = await client.FetchAsync(PackagedModels.PackageId, "1.4.0", Path.Combine(work, "out"), "churn");

        // Assert
        Assert.That(pushed.AlreadyPresent, Is.False);
        Assert.That(again.AlreadyPresent, Is.True);
        Assert.That(fetched.ModelDigest, Is.EqualTo(pushed.ModelDigest));
        Assert.That(fetched.Reference, Is.EqualTo($"nuget:{Path.GetFullPath(feed)}?package=Contoso.Models.Churn&version=1.4.0"), "the canonical pinned NuGet reference");
        Assert.That(File.ReadAllBytes(Path.Combine(work, "out", "model.zip")), Is.EqualTo(File.ReadAllBytes(Path.Combine(work, "artifact-1.4.0-1", "model.zip"))));
        Assert.That(Directory.GetFiles(Path.Combine(work, "out"), "*", SearchOption.AllDirectories).Select(Path.GetFileName), Is.EquivalentTo(new[] { "model.zip", "tollgate.model.json" }));
    }

    [Test]
    public async Task A_range_resolves_to_the_highest_matching_version()
    {
        // Arrange
        var client = new NuGetFeedClient(feed);
        foreach (var version in new[] { "1.0.0", "1.5.0", "2.0.0" })
        {
            await client.PushAsync(PackagedModels.Pack(work, version));
        }

        // Act
        var fetched = await client.FetchAsync(PackagedModels.PackageId, "[1.0,2.0)", Path.Combine(work, "out"));

        // Assert
        Assert.That(fetched.Version, Is.EqualTo("1.5.0"));
    }

    [Test]
    public async Task Pushing_a_different_model_under_an_existing_version_is_refused()
    {
        // Arrange
        var client = new NuGetFeedClient(feed);
        await client.PushAsync(PackagedModels.Pack(work, seed: 1));

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => client.PushAsync(PackagedModels.Pack(work, seed: 2)));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.PackageFailed));
    }

    [Test]
    public async Task A_missing_version_or_a_bad_range_is_a_clear_error()
    {
        // Arrange
        var client = new NuGetFeedClient(feed);
        await client.PushAsync(PackagedModels.Pack(work));

        // Act
        var missing = await Assert.ThrowsAsync<TollgateException>(() => client.FetchAsync(PackagedModels.PackageId, "[2.0,)", Path.Combine(work, "out")));
        var invalid = await Assert.ThrowsAsync<TollgateException>(() => client.FetchAsync(PackagedModels.PackageId, "not a version", Path.Combine(work, "out")));

        // Assert
        Assert.That(missing!.Code, Is.EqualTo(ErrorCodes.NuGetPackageNotFound));
        Assert.That(missing.Message, Does.Contain("1.4.0"));
        Assert.That(invalid!.Code, Is.EqualTo(ErrorCodes.NuGetVersionInvalid));
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False);
    }

    [Test]
    public async Task A_tampered_package_is_refused_naming_the_file_and_nothing_is_written()
    {
        // Arrange
        var nupkg = PackagedModels.Pack(work);
        PackagedModels.RewriteEntry(nupkg, "tollgate/model.zip", PackagedModels.FlipFirstByte);
        var client = new NuGetFeedClient(feed);
        await client.PushAsync(nupkg);

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => client.FetchAsync(PackagedModels.PackageId, "1.4.0", Path.Combine(work, "out")));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(ex.Message, Does.Contain("model.zip"));
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False);
        Assert.That(Directory.GetDirectories(work, ".out.*"), Is.Empty);
    }

    [TestCase("tollgate/../../evil.txt")]
    [TestCase("/etc/evil.txt")]
    [TestCase("tollgate\\..\\evil.txt")]
    [TestCase("tollgate/link")]
    public void Unsafe_entries_are_refused_before_anything_is_extracted(string entryName)
    {
        // Arrange
        var nupkg = PackagedModels.Pack(work);
        using (var zip = ZipFile.Open(nupkg, ZipArchiveMode.Update))
        {
            var entry = zip.CreateEntry(entryName);
            if (entryName.EndsWith("link", StringComparison.Ordinal))
            {
                entry.ExternalAttributes = unchecked((int)0xA1FF0000); // S_IFLNK | 0777
            }

            using var stream = entry.Open();
            stream.Write("/etc/passwd"u8);
        }

        // Act
        var ex = Assert.Throws<TollgateException>(() => ModelPackageExtractor.Extract(nupkg, Path.Combine(work, "out")));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.UnsafeArchiveEntry));
        Assert.That(ex.Message, Does.Contain(entryName));
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False);
        Assert.That(File.Exists(Path.Combine(work, "evil.txt")), Is.False);
    }
}
