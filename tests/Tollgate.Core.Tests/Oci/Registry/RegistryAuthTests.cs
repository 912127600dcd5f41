using Tollgate.Core.Oci;
using Tollgate.Core.Oci.Registry;

namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>Basic auth against the real registry's htpasswd backend (bcrypt file made by the real htpasswd tool).</summary>
[TestFixture]
[NonParallelizable]
public class RegistryAuthTests() : TempWorkFixture("tg-oci")
{
    private RegistryProcess registry = null!;

    [SetUp]
    public void SetUp()
    {
        var (code, stdout, stderr) = RealTools.Run(RealTools.Require("htpasswd", "apache2-utils"), "-Bbn", "ci", "s3cret-pass");
        Assert.That(code, Is.EqualTo(0), stderr);
        var htpasswd = Path.Combine(Work, "htpasswd");
        File.WriteAllText(htpasswd, stdout);
        registry = RegistryProcess.Start(RegistryProcess.HtpasswdAuth(htpasswd));
    }

    [TearDown]
    public void TearDown() => registry.Dispose();

    [Test]
    public async Task Pushes_and_pulls_with_credentials_from_docker_config_json()
    {
        // Arrange
        var dockerConfig = Path.Combine(Work, "docker");
        Directory.CreateDirectory(dockerConfig);
        var auth = Convert.ToBase64String("ci:s3cret-pass"u8.ToArray());
        File.WriteAllText(Path.Combine(dockerConfig, "config.json"), "{\"auths\":{\"" + registry.Host + "\":{\"auth\":\"" + auth + "\"}}}");
        var credentials = RegistryCredentials.FromDockerConfig(registry.Host, dockerConfig);
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var store = new RegistryStore(RegistryReference.Parse($"{registry.Host}/models/churn"), new RegistryOptions { Credentials = credentials });

        // Act
        var pushed = await OciPusher.PushAsync(artifact, store);
        var fetched = await OciFetcher.FetchAsync(store, "1.4.0", Path.Combine(Work, "out"));

        // Assert
        Assert.That(fetched.Digest, Is.EqualTo(pushed.Digest));
        var raw = RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", "--creds", "ci:s3cret-pass", $"docker://{registry.Host}/models/churn:1.4.0");
        Assert.That(raw.TrimEnd('\n'), Is.EqualTo(System.Text.Encoding.UTF8.GetString(artifact.ManifestBytes)));
    }

    [Test]
    public async Task Wrong_password_is_a_clear_401_error_that_does_not_show_the_password()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var store = new RegistryStore(RegistryReference.Parse($"{registry.Host}/models/churn"), new RegistryOptions { Credentials = new RegistryCredentials("ci", "wrong-pass") });

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => OciPusher.PushAsync(artifact, store));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OciUnauthorized));
        Assert.That(error.Message, Does.Contain("401"));
        Assert.That(error.ToString(), Does.Not.Contain("wrong-pass"));
    }

    [Test]
    public async Task Missing_credentials_are_a_clear_401_error()
    {
        // Arrange
        using var store = new RegistryStore(RegistryReference.Parse($"{registry.Host}/models/churn"), new RegistryOptions { Credentials = new RegistryCredentials("nobody", "") });

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => store.GetManifestAsync("1.4.0", default));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OciUnauthorized));
        Assert.That(error.Hint, Does.Contain("docker login"));
    }
}
