using Tollgate.Core.Packaging;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Core.Tests.Packaging;

/// <summary>Push and fetch through NuGet.Protocol against a NuGet v3 feed served on loopback.</summary>
public class NuGetHttpFeedTests
{
    private const string Key = "k3y-0f-the-l00pback-feed";
    private string work = null!;
    private LoopbackNuGetFeed server = null!;

    [SetUp]
    public async Task SetUp()
    {
        work = TestArtifacts.TempDir("tg-http-feed");
        server = await LoopbackNuGetFeed.StartAsync(Key);
    }

    [TearDown]
    public async Task TearDown()
    {
        await server.DisposeAsync();
        Directory.Delete(work, recursive: true);
    }

    [Test]
    public async Task Push_with_the_api_key_then_fetch_a_range_over_http()
    {
        // Arrange
        var messages = new List<string>();
        var client = new NuGetFeedClient(server.IndexUrl, Key, new Progress<string>(messages.Add));

        // Act
        var pushed = await client.PushAsync(PackagedModels.Pack(work, "1.2.0"));
        await client.PushAsync(PackagedModels.Pack(work, "1.3.0"));
        var again = await client.PushAsync(PackagedModels.Pack(work, "1.3.0"));
        var fetched = await new NuGetFeedClient(server.IndexUrl).FetchAsync(PackagedModels.PackageId, "[1.0,2.0)", Path.Combine(work, "out"), "churn");

        // Assert
        Assert.That(pushed.AlreadyPresent, Is.False);
        Assert.That(again.AlreadyPresent, Is.True);
        Assert.That(fetched.Version, Is.EqualTo("1.3.0"));
        Assert.That(server.ReceivedKeys, Is.All.EqualTo(Key));
        Assert.That(server.Requests.Count(r => r.StartsWith("PUT", StringComparison.Ordinal)), Is.EqualTo(2));
        Assert.That(messages, Has.None.Contains(Key));
    }

    [Test]
    public async Task A_wrong_api_key_fails_with_a_coded_error_that_does_not_echo_the_key()
    {
        // Arrange
        const string wrong = "wr0ng-k3y-n0t-t0-be-printed";
        var messages = new List<string>();
        var client = new NuGetFeedClient(server.IndexUrl, wrong, new Progress<string>(messages.Add));

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => client.PushAsync(PackagedModels.Pack(work)));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.NuGetSourceFailed));
        Assert.That(ex.Message + ex.Hint, Does.Not.Contain(wrong));
        Assert.That(messages, Has.None.Contains(wrong));
        Assert.That(server.ReceivedKeys, Is.EqualTo(new[] { wrong }));
    }

    [Test]
    public async Task A_package_tampered_on_the_server_is_refused_and_nothing_is_written()
    {
        // Arrange
        var client = new NuGetFeedClient(server.IndexUrl, Key);
        await client.PushAsync(PackagedModels.Pack(work));
        server.Replace(PackagedModels.PackageId, "1.4.0", bytes =>
        {
            var path = Path.Combine(work, "tampered.nupkg");
            File.WriteAllBytes(path, bytes);
            PackagedModels.RewriteEntry(path, "tollgate/model.zip", PackagedModels.FlipFirstByte);
            return File.ReadAllBytes(path);
        });

        // Act
        var ex = await Assert.ThrowsAsync<TollgateException>(() => client.FetchAsync(PackagedModels.PackageId, "1.4.0", Path.Combine(work, "out")));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.DigestMismatch));
        Assert.That(ex.Message, Does.Contain("model.zip"));
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False);
    }
}
