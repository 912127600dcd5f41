using Tollgate.Core.Tests.Oci;
using Tollgate.Core.Tests.Packaging;

namespace Tollgate.Cli.Tests.Commands;

/// <summary><c>push --nuget-source</c> and <c>fetch --from nuget:</c> against a folder feed and a loopback v3 feed.</summary>
[NonParallelizable]
public class NuGetCommandsTests
{
    private const string KeyVariable = "TOLLGATE_TEST_NUGET_KEY";
    private string work = null!;
    private string config = null!;
    private string artifact = null!;

    [SetUp]
    public void SetUp()
    {
        work = TestArtifacts.TempDir("tg-cli-nuget");
        config = Path.Combine(work, "tollgate.yml");
        File.WriteAllText(config, "model:\n  name: churn\npackage:\n  id: Contoso.Models.Churn\n  authors: [tests]\n");
        artifact = TestArtifacts.Create(Path.Combine(work, "a"));
    }

    [TearDown]
    public void TearDown()
    {
        Environment.SetEnvironmentVariable(KeyVariable, null);
        Directory.Delete(work, recursive: true);
    }

    [Test]
    public void Push_to_a_folder_feed_then_fetch_a_range_by_model_name_reports_digests_as_json()
    {
        // Arrange
        var feed = Path.Combine(work, "feed");

        // Act
        var push = CliHarness.Run("push", "--nuget-source", feed, "--artifact", artifact, "--config", config, "--json");
        var fetch = CliHarness.Run("fetch", "churn@[1.0,2.0)", "--from", $"nuget:{feed}", "--config", config, "--output", Path.Combine(work, "out"), "--json");

        // Assert
        Assert.That(push.ExitCode, Is.EqualTo(0), push.Err);
        Assert.That(fetch.ExitCode, Is.EqualTo(0), fetch.Err);
        var pushed = JsonDocument.Parse(push.Out).RootElement;
        var fetched = JsonDocument.Parse(fetch.Out).RootElement;
        Assert.That(pushed.GetProperty("reference").GetString(), Is.EqualTo($"nuget:{Path.GetFullPath(feed)}?package=Contoso.Models.Churn&version=1.4.0"));
        Assert.That(fetched.GetProperty("version").GetString(), Is.EqualTo("1.4.0"));
        Assert.That(fetched.GetProperty("modelDigest").GetString(), Is.EqualTo(pushed.GetProperty("modelDigest").GetString()).And.StartWith("sha256:"));
        Assert.That(fetched.GetProperty("packageDigest").GetString(), Is.EqualTo(pushed.GetProperty("packageDigest").GetString()));
        Assert.That(File.ReadAllBytes(Path.Combine(work, "out", "model.zip")), Is.EqualTo(File.ReadAllBytes(Path.Combine(artifact, "model.zip"))));
    }

    [Test]
    public void Push_needs_exactly_one_target()
    {
        // Act
        var none = CliHarness.Run("push", "--artifact", artifact);
        var both = CliHarness.Run("push", "--oci", "oci-layout:x", "--nuget-source", "y", "--artifact", artifact);

        // Assert
        Assert.That(none.ExitCode, Is.EqualTo(2));
        Assert.That(both.ExitCode, Is.EqualTo(2));
        Assert.That(both.Err, Does.Contain("exactly one").And.Contain("--nuget-source"));
    }

    [Test]
    public async Task Push_over_http_sends_the_key_from_the_named_variable_and_never_prints_it()
    {
        // Arrange
        const string key = "s3cret-nuget-key-9f2c";
        await using var server = await LoopbackNuGetFeed.StartAsync(key);
        Environment.SetEnvironmentVariable(KeyVariable, key);

        // Act
        var push = CliHarness.Run("push", "--nuget-source", server.IndexUrl, "--api-key-variable", KeyVariable, "--artifact", artifact, "--config", config);
        var fetch = CliHarness.Run("fetch", "Contoso.Models.Churn@1.4.0", "--from", $"nuget:{server.IndexUrl}", "--output", Path.Combine(work, "out"), "--json");

        // Assert
        Assert.That(push.ExitCode, Is.EqualTo(0), push.Err);
        Assert.That(fetch.ExitCode, Is.EqualTo(0), fetch.Err);
        Assert.That(server.ReceivedKeys, Is.EqualTo(new[] { key }));
        Assert.That(push.Out + push.Err + fetch.Out + fetch.Err, Does.Not.Contain(key));
        Assert.That(push.Out, Does.Contain($"from ${KeyVariable}"));
    }

    [Test]
    public async Task A_rejected_key_fails_with_exit_code_2_without_printing_the_key()
    {
        // Arrange
        const string wrong = "wr0ng-nuget-key-77ab";
        await using var server = await LoopbackNuGetFeed.StartAsync("the-right-key");
        Environment.SetEnvironmentVariable(KeyVariable, wrong);

        // Act
        var push = CliHarness.Run("push", "--nuget-source", server.IndexUrl, "--api-key-variable", KeyVariable, "--artifact", artifact, "--config", config);

        // Assert
        Assert.That(push.ExitCode, Is.EqualTo(2));
        Assert.That(push.Err, Does.Contain("TOLLGATE0521"));
        Assert.That(push.Out + push.Err, Does.Not.Contain(wrong));
        Assert.That(server.ReceivedKeys, Is.EqualTo(new[] { wrong }));
    }
}
