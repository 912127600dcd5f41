using Tollgate.Core.Tests.Oci;

namespace Tollgate.Cli.Tests.Commands;

/// <summary><c>push</c>, <c>fetch</c> and <c>tag</c> end to end: an OCI layout, and the real docker-registry on loopback.</summary>
[NonParallelizable]
public class OciCommandsTests() : TempWorkFixture("tg-cli-oci")
{
    [Test]
    public void Push_tag_and_fetch_through_a_layout_report_digests_as_json()
    {
        // Arrange
        var artifact = TestArtifacts.Create(Path.Combine(Work, "a"));
        var layout = Path.Combine(Work, "layout");

        // Act
        var push = CliHarness.Run("push", "--oci", $"oci-layout:{layout}", "--artifact", artifact, "--json");
        var digest = JsonDocument.Parse(push.Out).RootElement.GetProperty("digest").GetString()!;
        var tag = CliHarness.Run("tag", "--oci-layout", layout, "--digest", digest, "--tag", "staging", "--json");
        var fetch = CliHarness.Run("fetch", "churn@staging", "--from", $"oci-layout:{layout}", "--output", Path.Combine(Work, "out"), "--json");

        // Assert
        Assert.That(push.ExitCode, Is.EqualTo(0), push.Err);
        Assert.That(tag.ExitCode, Is.EqualTo(0), tag.Err);
        Assert.That(fetch.ExitCode, Is.EqualTo(0), fetch.Err);
        Assert.That(JsonDocument.Parse(tag.Out).RootElement.GetProperty("tags")[0].GetProperty("digest").GetString(), Is.EqualTo(digest));
        var fetched = JsonDocument.Parse(fetch.Out).RootElement;
        Assert.That(fetched.GetProperty("digest").GetString(), Is.EqualTo(digest));
        Assert.That(fetched.GetProperty("reference").GetString(), Is.EqualTo($"oci-layout:{layout}@{digest}"));
        Assert.That(File.ReadAllBytes(Path.Combine(Work, "out", "model.zip")), Is.EqualTo(File.ReadAllBytes(Path.Combine(artifact, "model.zip"))));
    }

    [Test]
    public void Push_to_the_real_registry_then_fetch_by_digest_and_promote()
    {
        // Arrange
        using var registry = RegistryProcess.Start();
        var artifact = TestArtifacts.Create(Path.Combine(Work, "a"));
        var repo = $"{registry.Host}/models/churn";

        // Act
        var push = CliHarness.Run("push", "--oci", repo, "--artifact", artifact, "--json");
        var digest = JsonDocument.Parse(push.Out).RootElement.GetProperty("digest").GetString()!;
        var again = CliHarness.Run("push", "--oci", repo, "--artifact", artifact, "--json");
        var promote = CliHarness.Run("tag", "--oci", repo, "--digest", digest, "--tag", "staging", "--tag", "production");
        var fetch = CliHarness.Run("fetch", $"churn@{digest}", "--from", $"oci://{repo}", "--output", Path.Combine(Work, "out"));

        // Assert
        Assert.That(push.ExitCode, Is.EqualTo(0), push.Err);
        Assert.That(JsonDocument.Parse(again.Out).RootElement.GetProperty("uploadedBlobs").GetArrayLength(), Is.EqualTo(0));
        Assert.That(promote.Out, Does.Contain($"oci://{repo}:production -> {digest}"));
        Assert.That(fetch.ExitCode, Is.EqualTo(0), fetch.Err);
        Assert.That(fetch.Out, Does.Contain(digest));
    }

    [Test]
    public void Fetch_of_another_model_name_fails_with_exit_code_2()
    {
        // Arrange
        var layout = Path.Combine(Work, "layout");
        CliHarness.Run("push", "--oci", $"oci-layout:{layout}", "--artifact", TestArtifacts.Create(Path.Combine(Work, "a")));

        // Act
        var fetch = CliHarness.Run("fetch", "fraud@1.4.0", "--from", $"oci-layout:{layout}", "--output", Path.Combine(Work, "out"));

        // Assert
        Assert.That(fetch.ExitCode, Is.EqualTo(2));
        Assert.That(fetch.Err, Does.Contain("TOLLGATE0704").And.Contain("'churn'"));
        Assert.That(Directory.Exists(Path.Combine(Work, "out")), Is.False);
    }

    [Test]
    public void Push_output_never_contains_the_password()
    {
        // Arrange
        Environment.SetEnvironmentVariable("TOLLGATE_OCI_USERNAME", "ci");
        Environment.SetEnvironmentVariable("TOLLGATE_OCI_PASSWORD", "hunter2-secret");
        try
        {
            // Act: an unreachable port makes the push fail after its retries
            var push = CliHarness.Run("push", "--oci", $"127.0.0.1:{RealTools.FreePort()}/models/churn", "--artifact", TestArtifacts.Create(Path.Combine(Work, "a")), "--json");

            // Assert
            Assert.That(push.ExitCode, Is.EqualTo(2));
            Assert.That(push.Err, Does.Contain("TOLLGATE0705"));
            Assert.That(push.Out + push.Err, Does.Not.Contain("hunter2-secret"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("TOLLGATE_OCI_USERNAME", null);
            Environment.SetEnvironmentVariable("TOLLGATE_OCI_PASSWORD", null);
        }
    }
}
