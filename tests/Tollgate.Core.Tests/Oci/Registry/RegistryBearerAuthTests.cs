using Tollgate.Core.Oci;
using Tollgate.Core.Oci.Registry;

namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>Bearer-token auth: the real registry challenges, a loopback token server mints tokens, the registry verifies them.</summary>
[TestFixture]
[NonParallelizable]
public class RegistryBearerAuthTests() : TempWorkFixture("tg-oci")
{
    private RegistryProcess registry = null!;
    private TokenServer tokens = null!;

    [SetUp]
    public void SetUp()
    {
        var cert = Path.Combine(Work, "token-root.pem");
        tokens = new TokenServer("ci", "t0ken-pass", cert);
        registry = RegistryProcess.Start(RegistryProcess.TokenAuth(tokens.Realm, TokenServer.Service, TokenServer.Issuer, cert));
    }

    [TearDown]
    public void TearDown()
    {
        registry.Dispose();
        tokens.Dispose();
    }

    [Test]
    public async Task Push_and_pull_answer_the_bearer_challenge_with_a_token()
    {
        // Arrange
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var store = new RegistryStore(RegistryReference.Parse($"{registry.Host}/models/churn"), new RegistryOptions { Credentials = new RegistryCredentials("ci", "t0ken-pass") });

        // Act
        var pushed = await OciPusher.PushAsync(artifact, store);
        var fetched = await OciFetcher.FetchAsync(store, "1.4.0", Path.Combine(Work, "out"));

        // Assert
        Assert.That(fetched.Digest, Is.EqualTo(pushed.Digest));
        Assert.That(tokens.TokensIssued, Is.GreaterThanOrEqualTo(1));
    }

    [Test]
    public async Task Token_server_refusal_is_a_clear_401_error()
    {
        // Arrange
        using var store = new RegistryStore(RegistryReference.Parse($"{registry.Host}/models/churn"), new RegistryOptions { Credentials = new RegistryCredentials("ci", "nope") });

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => store.GetManifestAsync("1.4.0", default));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OciUnauthorized));
        Assert.That(error.ToString(), Does.Not.Contain("nope"));
    }

    [Test]
    public async Task Push_without_push_rights_is_a_clear_403_error()
    {
        // Arrange
        tokens.ReadOnly = true;
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var store = new RegistryStore(RegistryReference.Parse($"{registry.Host}/models/churn"), new RegistryOptions { Credentials = new RegistryCredentials("ci", "t0ken-pass") });

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => OciPusher.PushAsync(artifact, store));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OciDenied));
        Assert.That(error.Message, Does.Contain("403").And.Contain("push"));
    }
}
