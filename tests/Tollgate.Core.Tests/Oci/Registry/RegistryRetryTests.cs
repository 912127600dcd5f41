using System.Diagnostics;
using Tollgate.Core.Oci;
using Tollgate.Core.Oci.Registry;

namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>Retries with backoff on 5xx and 429 (honouring Retry-After), through a fault-injecting proxy to the real registry.</summary>
[TestFixture]
[NonParallelizable]
public class RegistryRetryTests() : RegistryTestBase(requireSkopeo: false)
{
    [Test]
    public async Task Push_succeeds_after_503_and_429_and_waits_for_retry_after()
    {
        // Arrange
        using var proxy = new FaultInjectingProxy(Registry.Host, 503, 429);
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a")));
        using var store = new RegistryStore(RegistryReference.Parse($"{proxy.Host}/models/churn"), new RegistryOptions { RetryDelay = TimeSpan.FromMilliseconds(10) });
        var clock = Stopwatch.StartNew();

        // Act
        var pushed = await OciPusher.PushAsync(artifact, store);

        // Assert
        Assert.That(proxy.FaultsServed, Is.EqualTo(2));
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(TimeSpan.FromSeconds(0.9)), "Retry-After: 1 must be honoured");
        Assert.That(pushed.Digest, Is.EqualTo(artifact.ManifestDigest));
        Assert.That(RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", $"docker://{Registry.Host}/models/churn:1.4.0").TrimEnd('\n'), Is.EqualTo(System.Text.Encoding.UTF8.GetString(artifact.ManifestBytes)));
    }

    [Test]
    public async Task Persistent_503_fails_after_the_configured_attempts_with_a_clear_error()
    {
        // Arrange
        using var proxy = new FaultInjectingProxy(Registry.Host, 503, 503, 503, 503);
        using var store = new RegistryStore(RegistryReference.Parse($"{proxy.Host}/models/churn"), new RegistryOptions { MaxAttempts = 3, RetryDelay = TimeSpan.FromMilliseconds(10) });

        // Act
        var error = await Assert.ThrowsAsync<TollgateException>(() => store.GetManifestAsync("1.4.0", default));

        // Assert
        Assert.That(proxy.FaultsServed, Is.EqualTo(3));
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.OciRegistryFailed));
        Assert.That(error.Message, Does.Contain("503"));
    }

    [Test]
    public async Task Failed_chunk_resumes_from_the_offset_the_registry_reports()
    {
        // Arrange: the second PATCH of a chunked upload gets a 503
        using var proxy = new FaultInjectingProxy(Registry.Host, 503) { FaultWhen = (method, nth) => method == "PATCH" && nth == 2 };
        var artifact = OciArtifactBuilder.Build(TestArtifacts.Create(Path.Combine(Work, "a"), files: [("model.zip", 3_500_000, 9)]));
        using var store = new RegistryStore(RegistryReference.Parse($"{proxy.Host}/models/churn"), new RegistryOptions { MonolithicLimit = 1 << 20, ChunkSize = 1 << 20, RetryDelay = TimeSpan.FromMilliseconds(10) });

        // Act
        var pushed = await OciPusher.PushAsync(artifact, store);
        var fetched = await OciFetcher.FetchAsync(store, "1.4.0", Path.Combine(Work, "out"));

        // Assert
        Assert.That(proxy.FaultsServed, Is.EqualTo(1));
        Assert.That(proxy.Requests("POST"), Is.EqualTo(3), "one per blob (config, model.zip, tollgate.model.json): the failed upload session was resumed, not restarted");
        Assert.That(proxy.Requests("PATCH"), Is.EqualTo(5), "4 chunks plus the one refused");
        Assert.That(pushed.UploadedBlobs, Has.Count.EqualTo(3));
        Assert.That(fetched.Digest, Is.EqualTo(artifact.ManifestDigest));
    }
}
