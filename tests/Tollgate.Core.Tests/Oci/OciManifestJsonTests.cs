using System.Text;
using Tollgate.Core.Oci;

namespace Tollgate.Core.Tests.Oci;

/// <summary>
/// The manifest bytes are pinned: a referrer's digest is how re-attaching finds it already there, and a model's manifest
/// digest is what deployments record, so one writer serving both must not move a byte of either.
/// </summary>
public class OciManifestJsonTests
{
    private const string Sha = "sha256:";
    private static readonly OciDescriptor Config = new(OciReferrers.EmptyMediaType, Sha + new string('a', 64), 2);
    private static readonly OciDescriptor Layer = new("application/x-payload", Sha + new string('b', 64), 7, new Dictionary<string, string> { ["k"] = "v" });
    private static readonly OciDescriptor Subject = new(OciMediaTypes.ImageManifest, Sha + new string('c', 64), 300, new Dictionary<string, string> { ["dropped"] = "x" });

    [Test]
    public void A_manifest_without_annotations_has_no_annotations_object()
    {
        // Act
        var json = Encoding.UTF8.GetString(OciManifestJson.Write("application/x-model", Config, [Layer], new Dictionary<string, string>()));

        // Assert
        Assert.That(json, Is.EqualTo(
            "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"artifactType\":\"application/x-model\","
            + $"\"config\":{{\"mediaType\":\"application/vnd.oci.empty.v1+json\",\"digest\":\"{Config.Digest}\",\"size\":2}},"
            + $"\"layers\":[{{\"mediaType\":\"application/x-payload\",\"digest\":\"{Layer.Digest}\",\"size\":7,\"annotations\":{{\"k\":\"v\"}}}}]}}"));
    }

    [Test]
    public void A_referrer_names_its_subject_without_annotations_and_always_carries_an_annotations_object()
    {
        // Act
        var empty = Encoding.UTF8.GetString(OciManifestJson.Write("application/x-sig", Config, [Layer with { Annotations = null }], new Dictionary<string, string>(), Subject));
        var annotated = Encoding.UTF8.GetString(OciManifestJson.Write("application/x-sig", Config, [Layer with { Annotations = null }],
            new Dictionary<string, string> { ["z"] = "2", ["a"] = "1" }, Subject));

        // Assert
        var head = "{\"schemaVersion\":2,\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"artifactType\":\"application/x-sig\","
            + $"\"config\":{{\"mediaType\":\"application/vnd.oci.empty.v1+json\",\"digest\":\"{Config.Digest}\",\"size\":2}},"
            + $"\"layers\":[{{\"mediaType\":\"application/x-payload\",\"digest\":\"{Layer.Digest}\",\"size\":7}}],"
            + $"\"subject\":{{\"mediaType\":\"application/vnd.oci.image.manifest.v1+json\",\"digest\":\"{Subject.Digest}\",\"size\":300}},";
        Assert.That(empty, Is.EqualTo(head + "\"annotations\":{}}"));
        Assert.That(annotated, Is.EqualTo(head + "\"annotations\":{\"a\":\"1\",\"z\":\"2\"}}"));
    }
}
