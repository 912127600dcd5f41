using System.Text.Json;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Cli.Tests.Commands;

/// <summary><c>push</c>, <c>fetch</c> and <c>tag</c> end to end: an OCI layout, and the real docker-registry on loopback.</summary>
[NonParallelizable]
public class OciCommandsTests
{
    private string work = null!;

    [SetUp]
    public void SetUp() => work = TestArtifacts.TempDir("tg-cli-oci");

    [TearDown]
    public void TearDown() => Directory.Delete(work, recursive: true);

    [Test]
    public async Task Push_tag_and_fetch_through_a_layout_report_digests_as_json()
    {
        // Arrange
        var artifact = TestArtifacts.Create(Path.Combine(work, "a"));
        var layout = Path.Combine(work, "layout");

        // Act
        var push = await CliHarness.RunAsync("push", "--oci", $"oci-layout:{layout}", "--artifact", artifact, "--json");
        var digest = JsonDocument.Parse(push.Stdout).RootElement.GetProperty("digest").GetString()!;
        var tag = await CliHarness.RunAsync("tag", "--oci-layout", layout, "--digest", digest, "--tag", "staging", "--json");
        var fetch = await CliHarness.RunAsync("fetch", "churn@staging", "--from", $"oci-layout:{layout}", "--output", Path.Combine(work, "out"), "--json");

        // Assert
        Assert.That(push.Code, Is.EqualTo(0), push.Stderr);
        Assert.That(tag.Code, Is.EqualTo(0), tag.Stderr);
        Assert.That(fetch.Code, Is.EqualTo(0), fetch.Stderr);
        Assert.That(JsonDocument.Parse(tag.Stdout).RootElement[0].GetProperty("digest").GetString(), Is.EqualTo(digest));
        var fetched = JsonDocument.Parse(fetch.Stdout).RootElement;
        Assert.That(fetched.GetProperty("digest").GetString(), Is.EqualTo(digest));
        Assert.That(fetched.GetProperty("reference").GetString(), Is.EqualTo($"oci-layout:{layout}@{digest}"));
        Assert.That(File.ReadAllBytes(Path.Combine(work, "out", "model.zip")), Is.EqualTo(File.ReadAllBytes(Path.Combine(artifact, "model.zip"))));
    }

    [Test]
    public async Task Push_to_the_real_registry_then_fetch_by_digest_and_promote()
    {
        // Arrange
        using var registry = RegistryProcess.Start();
        var artifact = TestArtifacts.Create(Path.Combine(work, "a"));
        var repo = $"{registry.Host}/models/churn";

        // Act
        var push = await CliHarness.RunAsync("push", "--oci", repo, "--artifact", artifact, "--json");
        var digest = JsonDocument.Parse(push.Stdout).RootElement.GetProperty("digest").GetString()!;
        var again = await CliHarness.RunAsync("push", "--oci", repo, "--artifact", artifact, "--json");
        var promote = await CliHarness.RunAsync("tag", "--oci", repo, "--digest", digest, "--tag", "staging", "--tag", "production");
        var fetch = await CliHarness.RunAsync("fetch", $"churn@{digest}", "--from", $"oci://{repo}", "--output", Path.Combine(work, "out"));

        // Assert
        Assert.That(push.Code, Is.EqualTo(0), push.Stderr);
        Assert.That(JsonDocument.Parse(again.Stdout).RootElement.GetProperty("uploadedBlobs").GetArrayLength(), Is.EqualTo(0));
        Assert.That(promote.Stdout, Does.Contain($"oci://{repo}:production -> {digest}"));
        Assert.That(fetch.Code, Is.EqualTo(0), fetch.Stderr);
        Assert.That(fetch.Stdout, Does.Contain(digest));
    }

    [Test]
    public async Task Fetch_of_another_model_name_fails_with_exit_code_2()
    {
        // Arrange
        var layout = Path.Combine(work, "layout");
        await CliHarness.RunAsync("push", "--oci", $"oci-layout:{layout}", "--artifact", TestArtifacts.Create(Path.Combine(work, "a")));

        // Act
        var fetch = await CliHarness.RunAsync("fetch", "fraud@1.4.0", "--from", $"oci-layout:{layout}", "--output", Path.Combine(work, "out"));

        // Assert
        Assert.That(fetch.Code, Is.EqualTo(2));
        Assert.That(fetch.Stderr, Does.Contain("TOLLGATE0704").And.Contain("'churn'"));
        Assert.That(Directory.Exists(Path.Combine(work, "out")), Is.False);
    }

    [Test]
    public async Task Push_output_never_contains_the_password()
    {
        // Arrange
        Environment.SetEnvironmentVariable("TOLLGATE_OCI_USERNAME", "ci");
        Environment.SetEnvironmentVariable("TOLLGATE_OCI_PASSWORD", "hunter2-secret");
        try
        {
            // Act: an unreachable port makes the push fail after its retries
            var push = await CliHarness.RunAsync("push", "--oci", $"127.0.0.1:{RealTools.FreePort()}/models/churn", "--artifact", TestArtifacts.Create(Path.Combine(work, "a")), "--json");

            // Assert
            Assert.That(push.Code, Is.EqualTo(2));
            Assert.That(push.Stderr, Does.Contain("TOLLGATE0705"));
            Assert.That(push.Stdout + push.Stderr, Does.Not.Contain("hunter2-secret"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TOLLGATE_OCI_USERNAME", null);
            Environment.SetEnvironmentVariable("TOLLGATE_OCI_PASSWORD", null);
        }
    }
}
