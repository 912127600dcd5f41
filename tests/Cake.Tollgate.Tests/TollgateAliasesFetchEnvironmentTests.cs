namespace Cake.Tollgate.Tests;

public class TollgateAliasesFetchEnvironmentTests
{
    [Test]
    public void Fetches_the_manifest_digest_the_deployment_recorded_from_an_oci_location()
    {
        // Arrange
        var context = new FakeCakeContext();
        context.ProcessRunner.Answer(0, CliDocuments.Status).Answer(0, CliDocuments.OciFetch);

        // Act
        var fetched = context.TollgateFetchEnvironment("staging", "oci-layout:/repo/artifacts/oci", "out");

        // Assert
        Assert.That(context.ProcessRunner.Started.Select(s => s.Arguments), Is.EqualTo(new[]
        {
            "status --environment \"staging\" --json",
            "fetch \"churn@sha256:mmm\" --from \"oci-layout:/repo/artifacts/oci\" --output \"/work/repo/out\" --json",
        }));
        Assert.That(fetched.ModelContentDigest, Is.EqualTo("sha256:aaa"));
    }

    [Test]
    public void Fetches_the_exact_version_from_a_nuget_feed()
    {
        // Arrange
        var context = new FakeCakeContext();
        context.ProcessRunner.Answer(0, CliDocuments.Status).Answer(0, """{ "ok": true, "name": "churn", "version": "1.0.1", "output": "/work/repo/out", "reference": "nuget:Contoso.Churn@1.0.1", "modelDigest": "sha256:aaa" }""");

        // Act
        context.TollgateFetchEnvironment("staging", "nuget:artifacts/feed", "out");

        // Assert
        Assert.That(context.ProcessRunner.LastArguments, Is.EqualTo("fetch \"churn@1.0.1+sha.00575e75\" --from \"nuget:artifacts/feed\" --output \"/work/repo/out\" --json"));
    }

    [Test]
    public void Refuses_and_removes_a_model_with_another_digest()
    {
        // Arrange: the feed holds another build under the same version
        var context = new FakeCakeContext();
        context.FileSystem.Directories.Add("/work/repo/out");
        context.FileSystem.WithFile("/work/repo/out/model.zip", "other");
        context.ProcessRunner.Answer(0, CliDocuments.Status).Answer(0, CliDocuments.OciFetch.Replace("\"contentDigest\": \"sha256:aaa\"", "\"contentDigest\": \"sha256:bbb\"", StringComparison.Ordinal));

        // Act
        var ex = Assert.Throws<CakeException>(() => context.TollgateFetchEnvironment("staging", "oci-layout:/repo/artifacts/oci", "out"));

        // Assert
        Assert.That(ex!.Message, Does.Contain("TOLLGATE0102").And.Contain("sha256:bbb").And.Contain("runs sha256:aaa"));
        Assert.That(context.FileSystem.Files.Keys, Does.Not.Contain("/work/repo/out/model.zip"));
    }

    [Test]
    public void Fails_with_its_own_code_when_nothing_runs_there()
    {
        // Arrange
        var context = new FakeCakeContext();
        context.ProcessRunner.Answer(0, CliDocuments.Status);

        // Act
        var ex = Assert.Throws<CakeException>(() => context.TollgateFetchEnvironment("sandbox", "nuget:feed", "out"));

        // Assert
        Assert.That(ex!.Message, Does.Contain("TOLLGATE1552").And.Contain("nothing runs in 'sandbox'"));
        Assert.That(context.ProcessRunner.Started, Has.Count.EqualTo(1));
    }
}
