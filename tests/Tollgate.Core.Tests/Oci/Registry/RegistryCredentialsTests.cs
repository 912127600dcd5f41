using System.Text;
using Tollgate.Core.Oci.Registry;

namespace Tollgate.Core.Tests.Oci.Registry;

public class RegistryCredentialsTests() : TempWorkFixture("tg-docker")
{
    [Test]
    public void Reads_base64_auth_entries_from_docker_config()
    {
        // Arrange
        var auth = Convert.ToBase64String(Encoding.UTF8.GetBytes("ci:s3cr:et"));
        File.WriteAllText(Path.Combine(Work, "config.json"), "{\"auths\":{\"https://127.0.0.1:5000\":{\"auth\":\"" + auth + "\"},\"other:1\":{\"username\":\"u\",\"password\":\"p\"}}}");

        // Act
        var found = RegistryCredentials.FromDockerConfig("127.0.0.1:5000", Work);
        var other = RegistryCredentials.FromDockerConfig("other:1", Work);

        // Assert
        Assert.That(found, Is.EqualTo(new RegistryCredentials("ci", "s3cr:et")));
        Assert.That(other, Is.EqualTo(new RegistryCredentials("u", "p")));
    }

    [Test]
    public void Unknown_host_or_missing_config_gives_no_credentials()
    {
        // Arrange
        File.WriteAllText(Path.Combine(Work, "config.json"), """{"auths":{"a:1":{"auth":"dTpw"}}}""");

        // Act + Assert
        Assert.That(RegistryCredentials.FromDockerConfig("b:1", Work), Is.Null);
        Assert.That(RegistryCredentials.FromDockerConfig("a:1", Path.Combine(Work, "none")), Is.Null);
    }

    [Test]
    public void Printing_credentials_never_shows_the_password()
    {
        // Act
        var text = new RegistryCredentials("ci", "hunter2").ToString();

        // Assert
        Assert.That(text, Does.Not.Contain("hunter2"));
    }
}
