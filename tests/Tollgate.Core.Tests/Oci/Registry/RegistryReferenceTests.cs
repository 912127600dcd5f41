using Tollgate.Core.Oci.Registry;

namespace Tollgate.Core.Tests.Oci.Registry;

public class RegistryReferenceTests
{
    [TestCase("127.0.0.1:5000/models/churn", "127.0.0.1:5000", "models/churn", "http://127.0.0.1:5000/")]
    [TestCase("oci://localhost:5000/churn", "localhost:5000", "churn", "http://localhost:5000/")]
    [TestCase("ghcr.io/acme/models/churn", "ghcr.io", "acme/models/churn", "https://ghcr.io/")]
    [TestCase("https://127.0.0.1:5443/churn", "127.0.0.1:5443", "churn", "https://127.0.0.1:5443/")]
    [TestCase("http://registry.internal:5000/churn", "registry.internal:5000", "churn", "http://registry.internal:5000/")]
    public void Parses_registry_and_repository_and_picks_the_scheme(string text, string host, string repository, string baseUri)
    {
        // Act
        var reference = RegistryReference.Parse(text);

        // Assert
        Assert.That(reference.Host, Is.EqualTo(host));
        Assert.That(reference.Repository, Is.EqualTo(repository));
        Assert.That(reference.BaseUri.ToString(), Is.EqualTo(baseUri));
    }

    [TestCase("churn")]
    [TestCase("127.0.0.1:5000/")]
    [TestCase("127.0.0.1:5000/Models/Churn")]
    [TestCase("127.0.0.1:5000/models//churn")]
    public void Refuses_malformed_references(string text)
    {
        // Act
        var error = Assert.Throws<TollgateException>(() => RegistryReference.Parse(text));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OciReferenceInvalid));
    }
}
