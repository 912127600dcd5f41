using Tollgate.Core.Artifacts;

namespace Tollgate.Core.Tests.Artifacts;

public class ModelVersioningTests
{
    private const string Digest = "sha256:9f2c1e0a00000000000000000000000000000000000000000000000000000000";

    [Test]
    public void Starts_at_the_initial_version_with_the_short_digest_as_metadata() =>
        Assert.That(ModelVersioning.Next(null, [], Digest), Is.EqualTo("1.0.0+sha.9f2c1e0a"));

    [Test]
    public void Bumps_the_patch_of_the_highest_known_version() =>
        Assert.That(ModelVersioning.Next(null, ["1.3.9+sha.aaaaaaaa", "1.4.0+sha.bbbbbbbb", "1.2.0"], Digest), Is.EqualTo("1.4.1+sha.9f2c1e0a"));

    [Test]
    public void Uses_an_explicit_version_from_config() =>
        Assert.That(ModelVersioning.Next("2.0.0-rc.1", ["1.4.0"], Digest), Is.EqualTo("2.0.0-rc.1+sha.9f2c1e0a"));

    [Test]
    public void Rejects_a_version_that_is_not_semver()
    {
        var ex = Assert.Throws<TollgateException>(() => ModelVersioning.Next("v1", [], Digest));
        Assert.That(ex!.Code, Is.EqualTo(ErrorCodes.ConfigInvalid));
        Assert.That(ex.Message, Does.Contain("'v1'"));
    }
}
