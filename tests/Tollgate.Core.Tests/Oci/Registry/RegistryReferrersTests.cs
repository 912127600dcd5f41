using System.Text;
using System.Text.Json;
using Tollgate.Core.Oci;
using Tollgate.Core.Oci.Registry;
using Tollgate.Core.Tests.Trust;
using Tollgate.Core.Trust;

namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>Signatures as OCI referrers on the real Distribution 2.8 (no referrers API: the fallback tag) and in a layout.</summary>
[TestFixture]
[NonParallelizable]
public class RegistryReferrersTests() : RegistryTestBase(requireSkopeo: true)
{
    [Test]
    public async Task Signature_attached_in_the_registry_is_listed_under_the_fallback_tag_and_verifies_after_the_round_trip()
    {
        // Arrange
        var dir = TestArtifacts.Create(Path.Combine(Work, "a"));
        var keys = TrustTestKeys.Create(Work);
        using var key = SigningKey.Load(keys.Private, null);
        var bundle = ModelSigner.Sign(dir, key);
        var artifact = OciArtifactBuilder.Build(dir);
        using var store = new RegistryStore(RegistryReference.Parse($"{Registry.Host}/models/churn"));
        var pushed = await OciPusher.PushAsync(artifact, store);
        var subject = new OciDescriptor(OciMediaTypes.ImageManifest, pushed.Digest, artifact.ManifestBytes.Length);

        // Act
        var referrer = await OciReferrers.AttachAsync(store, subject, AttestationReferrers.SignatureArtifactType, bundle, new Dictionary<string, string>(), default);
        await OciReferrers.AttachAsync(store, subject, AttestationReferrers.SignatureArtifactType, bundle, new Dictionary<string, string>(), default); // idempotent
        var listed = await OciReferrers.ListAsync(store, pushed.Digest, AttestationReferrers.SignatureArtifactType, default);
        var index = RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", $"docker://{Registry.Host}/models/churn:sha256-{pushed.Digest[7..]}");
        var manifest = RealTools.Skopeo("inspect", "--raw", "--tls-verify=false", $"docker://{Registry.Host}/models/churn@{referrer}");

        // Assert
        using var indexDoc = JsonDocument.Parse(index);
        Assert.That(indexDoc.RootElement.GetProperty("mediaType").GetString(), Is.EqualTo(OciMediaTypes.ImageIndex));
        Assert.That(indexDoc.RootElement.GetProperty("manifests").EnumerateArray().Select(m => m.GetProperty("digest").GetString()), Is.EqualTo(new[] { referrer }));
        using var manifestDoc = JsonDocument.Parse(manifest);
        Assert.That(manifestDoc.RootElement.GetProperty("subject").GetProperty("digest").GetString(), Is.EqualTo(pushed.Digest));
        Assert.That(listed, Has.Count.EqualTo(1));
        using var trusted = TrustedKey.FromFile(keys.Public);
        Assert.That(ModelSignatureVerifier.Verify(listed[0], "referrer", dir, [trusted]).Files, Is.EqualTo(2));
    }

    [Test]
    public async Task Layout_referrers_copied_by_skopeo_with_the_fallback_tag_are_listed_in_the_registry_and_the_model_digest_is_unchanged()
    {
        // Arrange
        var dir = TestArtifacts.Create(Path.Combine(Work, "a"));
        var layout = new OciLayout(Path.Combine(Work, "layout"));
        var pushed = await OciLayoutPublisher.PublishAsync(dir, layout.Root);
        var subject = new OciDescriptor(OciMediaTypes.ImageManifest, pushed.Digest, (await layout.GetManifestAsync(pushed.Digest, default)).Bytes.Length);
        await OciReferrers.AttachAsync(layout, subject, AttestationReferrers.AttestationArtifactType, Encoding.UTF8.GetBytes("{\"x\":1}"), new Dictionary<string, string>(), default);
        var tag = OciReferrers.FallbackTag(pushed.Digest);

        // Act (skopeo 1.9 re-serialises an index it copies, so the index tag is copied without --preserve-digests;
        // the manifests it lists, like the model itself, keep their digests)
        RealTools.Skopeo("copy", "--all", "--dest-tls-verify=false", $"oci:{layout.Root}:{tag}", $"docker://{Registry.Host}/models/churn:{tag}");
        RealTools.Skopeo("copy", "--preserve-digests", "--dest-tls-verify=false", $"oci:{layout.Root}:1.4.0", $"docker://{Registry.Host}/models/churn:1.4.0");
        using var store = new RegistryStore(RegistryReference.Parse($"{Registry.Host}/models/churn"));
        var listed = await OciReferrers.ListAsync(store, pushed.Digest, AttestationReferrers.AttestationArtifactType, default);

        // Assert
        Assert.That((await store.GetManifestAsync("1.4.0", default)).Digest, Is.EqualTo(pushed.Digest));
        Assert.That(listed.Select(Encoding.UTF8.GetString), Is.EqualTo(new[] { "{\"x\":1}" }));
    }
}
