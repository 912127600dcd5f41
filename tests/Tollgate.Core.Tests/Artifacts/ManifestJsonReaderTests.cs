using System.Text.Json;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Errors;
using Tollgate.Core.Oci;
using Tollgate.Core.Util;

namespace Tollgate.Core.Tests.Artifacts;

/// <summary>
/// The hand-written manifest reader against the serializer that writes manifests: whatever <see cref="ManifestStore.Serialize"/>
/// writes, the reader gives back a manifest that serializes to the same text (so no field is lost or renamed), and it
/// equals what the reflection serializer reads.
/// </summary>
public class ManifestJsonReaderTests
{
    [Test]
    public void Every_field_of_a_full_manifest_survives_a_round_trip()
    {
        // Arrange: every optional field set, several entries per collection, awkward characters and numbers
        var written = ManifestStore.Serialize(Full());

        // Act
        var read = Read(written);

        // Assert
        Assert.That(ManifestStore.Serialize(read), Is.EqualTo(written));
        Assert.That(ManifestStore.Serialize(Reflection(written)), Is.EqualTo(written), "the reflection serializer reads the same");
    }

    [Test]
    public void A_manifest_without_optional_fields_reads_as_the_serializer_reads_it()
    {
        // Arrange: no testDataDigest, determinismNote, digestFormat, kind or card fields
        var minimal = Full() with { DigestFormat = null, Card = new ModelCard() };
        minimal = minimal with
        {
            Lineage = minimal.Lineage with { TestDataDigest = null, DeterminismNote = null },
            Schema = new ModelSchema([new SchemaColumn("x", "float")], [new SchemaColumn("y", "float")]),
        };
        var written = ManifestStore.Serialize(minimal);

        // Act
        var read = Read(written);

        // Assert
        Assert.That(ManifestStore.Serialize(read), Is.EqualTo(ManifestStore.Serialize(Reflection(written))));
        Assert.That(read.Card.Owners, Is.Empty);
        Assert.That(read.DigestFormat, Is.Null);
    }

    [Test]
    public void A_missing_required_field_is_a_coded_manifest_error_naming_the_field()
    {
        // Arrange
        var written = ManifestStore.Serialize(Full()).Replace("\"lineage\"", "\"lineageX\"", StringComparison.Ordinal);

        // Act
        var error = Assert.Throws<TollgateException>(() => Read(written));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ManifestInvalid));
        Assert.That(error.Message, Does.Contain("'lineage'"));
    }

    [Test]
    public void The_metrics_annotation_has_the_bytes_the_serializer_gives_a_sorted_dictionary()
    {
        // Arrange
        var metrics = new Dictionary<string, double> { ["zeta"] = 1e-12, ["auc"] = 0.91, ["Brier"] = 1.0 / 3, ["f1<&>"] = 12345678.9, ["é"] = -0.0 };

        // Act
        var text = OciArtifactBuilder.MetricsJson(metrics);

        // Assert
        Assert.That(text, Is.EqualTo(JsonSerializer.Serialize(new SortedDictionary<string, double>(metrics, StringComparer.Ordinal))));
    }

    [TestCase(typeof(ModelManifest), "$schema,name,version,digest,framework,files,schema,lineage,metrics,created,card,digestFormat")]
    [TestCase(typeof(ArtifactFile), "path,digest,size")]
    [TestCase(typeof(ModelSchema), "inputs,outputs")]
    [TestCase(typeof(SchemaColumn), "name,type,kind")]
    [TestCase(typeof(Lineage), "commit,dirty,dataDigest,dataRows,testDataDigest,specDigest,task,trainer,hyperparameters,seed,deterministic,determinismNote,tools")]
    [TestCase(typeof(ModelCard), "description,intendedUse,limitations,owners,license")]
    public void The_hand_written_reader_and_decision_writer_know_every_serialized_property(Type type, string handled)
    {
        // Arrange: a property added to the manifest types must be added to ManifestJsonReader (and, for the schema and
        // card, to ContentDigest.Decisions, or it would silently stay out of the content digest)
        var options = new JsonSerializerOptions(JsonDefaults.Indented) { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };

        // Act
        var serialized = options.GetTypeInfo(type).Properties
            .Where(p => p.AttributeProvider?.IsDefined(typeof(System.Text.Json.Serialization.JsonIgnoreAttribute), inherit: true) != true)
            .Select(p => p.Name);

        // Assert
        Assert.That(serialized, Is.EqualTo(handled.Split(',')), $"update ManifestJsonReader and ContentDigest.Decisions for {type.Name}");
    }

    private static ModelManifest Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return ManifestJsonReader.Read(document.RootElement, "test.json");
    }

    private static ModelManifest Reflection(string json) => JsonSerializer.Deserialize<ModelManifest>(json, JsonDefaults.Indented)!;

    internal static ModelManifest Full() => new()
    {
        Name = "churn",
        Version = "1.4.0-rc.1+build.7",
        Digest = Hashing.Digest(new string('a', 64)),
        Framework = "ml.net",
        Files = [new ArtifactFile("model.zip", Hashing.Digest(new string('b', 64)), 5_000_000_000L), new ArtifactFile("docs/ré\"adme.md", Hashing.Digest(new string('c', 64)), 0)],
        Schema = new ModelSchema(
            [new SchemaColumn("tenure", "float", "numeric"), new SchemaColumn("plan", "string", "categorical")],
            [new SchemaColumn("score", "float"), new SchemaColumn("label", "bool", "label")]),
        Lineage = new Lineage
        {
            Commit = "0123456789abcdef0123456789abcdef01234567",
            Dirty = true,
            DataDigest = Hashing.Digest(new string('d', 64)),
            DataRows = 3_000_000_000L,
            TestDataDigest = Hashing.Digest(new string('e', 64)),
            SpecDigest = Hashing.Digest(new string('f', 64)),
            Task = "binary",
            Trainer = "FastTree",
            Hyperparameters = new Dictionary<string, string> { ["leaves"] = "31", ["rate"] = "0.1" },
            Seed = -7,
            Deterministic = false,
            DeterminismNote = "threads > 1",
            Tools = new Dictionary<string, string> { ["tollgate"] = "0.1.0", ["ml.net"] = "5.0.1" },
        },
        Metrics = new Dictionary<string, double> { ["auc"] = 0.91, ["logLoss"] = 1e-300, ["rmse"] = 12345.678901234567 },
        Created = new DateTimeOffset(2026, 5, 1, 12, 0, 0, 123, TimeSpan.FromHours(2)),
        Card = new ModelCard { Description = "Churn \u2013 scorer", IntendedUse = "batch", Limitations = "none", Owners = ["a@example.com", "b"], License = "MIT" },
        DigestFormat = 2,
    };
}
