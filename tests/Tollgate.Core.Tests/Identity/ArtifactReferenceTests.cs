using Tollgate.Core.Identity;

namespace Tollgate.Core.Tests.Identity;

public class ArtifactReferenceTests
{
    private const string D = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    // text → kind, location, tag, digest, canonical text, deprecated spelling
    private static readonly object?[][] Valid =
    [
        ["oci://127.0.0.1:5000/models/churn", ArtifactReferenceKind.OciRegistry, "127.0.0.1:5000/models/churn", null, null, "oci://127.0.0.1:5000/models/churn", false],
        ["oci://ghcr.io/acme/churn:staging", ArtifactReferenceKind.OciRegistry, "ghcr.io/acme/churn", "staging", null, "oci://ghcr.io/acme/churn:staging", false],
        [$"oci://localhost:5000/churn@{D}", ArtifactReferenceKind.OciRegistry, "localhost:5000/churn", null, D, $"oci://localhost:5000/churn@{D}", false],
        [$"oci://localhost:5000/churn:1.4.0@{D}", ArtifactReferenceKind.OciRegistry, "localhost:5000/churn", "1.4.0", D, $"oci://localhost:5000/churn:1.4.0@{D}", false],
        ["oci-layout:artifacts/oci", ArtifactReferenceKind.OciLayout, "artifacts/oci", null, null, "oci-layout:artifacts/oci", false],
        [$"oci-layout:/tmp/x/oci@{D}", ArtifactReferenceKind.OciLayout, "/tmp/x/oci", null, D, $"oci-layout:/tmp/x/oci@{D}", false],
        ["oci-layout:out/oci:qa", ArtifactReferenceKind.OciLayout, "out/oci", "qa", null, "oci-layout:out/oci:qa", false],
        [@"oci-layout:C:\build\oci", ArtifactReferenceKind.OciLayout, @"C:\build\oci", null, null, @"oci-layout:C:\build\oci", false],
        ["nuget:artifacts/feed", ArtifactReferenceKind.NuGet, "artifacts/feed", null, null, "nuget:artifacts/feed", false],
        ["nuget:https://nuget.example.com/v3/index.json", ArtifactReferenceKind.NuGet, "https://nuget.example.com/v3/index.json", null, null, "nuget:https://nuget.example.com/v3/index.json", false],
        ["artifacts/model", ArtifactReferenceKind.Folder, "artifacts/model", null, null, "artifacts/model", false],
        ["./dist/oci", ArtifactReferenceKind.Folder, "./dist/oci", null, null, "./dist/oci", false],
        // deprecated spellings: read, normalised, flagged (front ends warn TOLLGATE1901)
        [$"oci:127.0.0.1:5000/models/churn@{D}", ArtifactReferenceKind.OciRegistry, "127.0.0.1:5000/models/churn", null, D, $"oci://127.0.0.1:5000/models/churn@{D}", true],
        ["127.0.0.1:5000/models/churn", ArtifactReferenceKind.OciRegistry, "127.0.0.1:5000/models/churn", null, null, "oci://127.0.0.1:5000/models/churn", true],
        ["ghcr.io/acme/churn", ArtifactReferenceKind.OciRegistry, "ghcr.io/acme/churn", null, null, "oci://ghcr.io/acme/churn", true],
        ["localhost/churn", ArtifactReferenceKind.OciRegistry, "localhost/churn", null, null, "oci://localhost/churn", true],
    ];

    [TestCaseSource(nameof(Valid))]
    public void Parses_each_spelling_into_its_kind_and_writes_it_canonically(string text, object kind, string location, string? tag, string? digest, string canonical, bool deprecated)
    {
        // Act
        var reference = ArtifactReference.Parse(text);

        // Assert
        Assert.That(((object)reference.Kind, reference.Location, reference.Tag, reference.Digest), Is.EqualTo((kind, location, tag, digest))); // kind: object, as ArtifactReferenceKind is internal
        Assert.That(reference.ToString(), Is.EqualTo(canonical));
        Assert.That(reference.DeprecatedSpelling, Is.EqualTo(deprecated));
        Assert.That(ArtifactReference.Parse(canonical).ToString(), Is.EqualTo(canonical), "the canonical text round-trips");
        Assert.That(ArtifactReference.Parse(canonical).DeprecatedSpelling, Is.False);
    }

    [Test]
    public void Reads_a_pinned_NuGet_reference_and_writes_it_back()
    {
        // Act
        var reference = ArtifactReference.Parse("nuget:artifacts/feed?package=Contoso.Models.Churn&version=1.4.0");

        // Assert
        Assert.That((reference.Kind, reference.Location, reference.PackageId, reference.Version), Is.EqualTo((ArtifactReferenceKind.NuGet, "artifacts/feed", "Contoso.Models.Churn", "1.4.0")));
        Assert.That(reference.ToString(), Is.EqualTo("nuget:artifacts/feed?package=Contoso.Models.Churn&version=1.4.0"));
        Assert.That(ArtifactReference.NuGet("artifacts/feed", "Contoso.Models.Churn", "1.4.0"), Is.EqualTo(reference));
    }

    [TestCase("", "it is empty")]
    [TestCase("oci-layout:", "it names no folder")]
    [TestCase("oci://", "it names no registry")]
    [TestCase("oci://127.0.0.1:5000/Models/UPPER", "'127.0.0.1:5000/Models/UPPER' is not REGISTRY/REPOSITORY (e.g. 127.0.0.1:5000/models/churn)")]
    [TestCase("oci://127.0.0.1:5000/models/churn@sha256:abc", "'sha256:abc' is not a manifest digest (sha256:<64 lowercase hex>)")]
    [TestCase("oci://127.0.0.1:5000/models/churn:-bad", "'-bad' is not an OCI tag (letters, digits, '_', '.', '-'; at most 128)")]
    [TestCase("nuget:", "it names no source (a folder or a v3 index URL)")]
    [TestCase("nuget:feed?package=Churn", "a pinned NuGet reference needs a source, package=ID and version=V")]
    [TestCase("nuget:feed?package=Churn&flavour=x", "'flavour=x' is not package=ID or version=V")]
    [TestCase("https://127.0.0.1:5443/churn", "'https://' is not a reference scheme")]
    [TestCase("docker://ghcr.io/acme/churn", "'docker://' is not a reference scheme")]
    public void Refuses_malformed_references_with_one_code_and_says_what_is_wrong(string text, string problem)
    {
        // Act
        var error = Assert.Throws<TollgateException>(() => ArtifactReference.Parse(text));
        var parsed = ArtifactReference.TryParse(text, out _, out var tryProblem);

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ArtifactReferenceInvalid));
        Assert.That(error.Message, Is.EqualTo($"'{text}' is not an artifact reference: {problem}."));
        Assert.That(error.Hint, Does.Contain("oci://HOST/REPO").And.Contain("oci-layout:DIR").And.Contain("nuget:SOURCE"));
        Assert.That((parsed, tryProblem), Is.EqualTo((false, problem)));
    }

    [Test]
    public void Pins_and_unpins_a_location_without_changing_its_spelling()
    {
        // Arrange
        var repository = ArtifactReference.Repository("127.0.0.1:5000/models/churn");

        // Act
        var pinned = repository.At(D);

        // Assert
        Assert.That(pinned.ToString(), Is.EqualTo($"oci://127.0.0.1:5000/models/churn@{D}"));
        Assert.That(pinned.Unpinned(), Is.EqualTo(repository));
        Assert.That(ArtifactReference.Repository("oci://127.0.0.1:5000/models/churn"), Is.EqualTo(repository), "package.ociRepository may carry the scheme");
        Assert.That(repository.DeprecatedSpelling, Is.False, "package.ociRepository names a repository, not a reference");
        Assert.That(repository.Registry.BaseUri.ToString(), Is.EqualTo("http://127.0.0.1:5000/"));
    }
}
