using Tollgate.Core.Trust;

namespace Tollgate.Core.Tests.Trust;

/// <summary>The OMS v1.0 conformance vectors (copied from the spec repository) against Tollgate's schema checks.</summary>
public class OmsSchemaVectorTests
{
    private static string Vectors => Path.Combine(AppContext.BaseDirectory, "Trust", "Vectors", "oms");

    private static IEnumerable<string> Names(string folder) =>
        Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "Trust", "Vectors", "oms", folder)).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    [TestCaseSource(nameof(Names), new object[] { "valid" })]
    public void Valid_vectors_pass_the_bundle_and_statement_schemas(string name)
    {
        // Arrange
        var bytes = File.ReadAllBytes(Path.Combine(Vectors, "valid", name));

        // Act
        using var bundle = TrustSchemas.ParseBundle(bytes, name);
        using var statement = TrustSchemas.ParseOmsStatement(SignedEnvelope.FromJson(bundle.RootElement).Payload, name);

        // Assert
        Assert.That(statement.RootElement.GetProperty("predicateType").GetString(), Is.EqualTo("https://model_signing/signature/v1.0"));
    }

    [TestCase("empty.bundle.json", "not valid JSON")]
    [TestCase("missing-envelope.bundle.json", "missing required property 'dsseEnvelope'")]
    [TestCase("missing-verification-material.bundle.json", "missing required property 'verificationMaterial'")]
    [TestCase("missing-tlog-entries.bundle.json", "$.verificationMaterial: matches none of the 3 allowed forms; closest: $.verificationMaterial: missing required property 'tlogEntries'")]
    public void Invalid_vectors_are_rejected_at_bundle_level_saying_what_is_wrong(string name, string why)
    {
        // Arrange
        var bytes = File.ReadAllBytes(Path.Combine(Vectors, "invalid", name));

        // Act
        var error = Assert.Throws<CheckFailedException>(() => TrustSchemas.ParseBundle(bytes, name).Dispose());

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.SignatureBundleInvalid));
        Assert.That(error.Message, Does.Contain(name).And.Contain(why));
        Assert.That(Directory.EnumerateFiles(Path.Combine(Vectors, "invalid")).Count(), Is.EqualTo(4), "every invalid vector has a case");
    }

    [Test]
    public void Invalid_payload_vector_passes_the_bundle_schema_but_is_rejected_at_statement_level()
    {
        // Arrange
        var bytes = File.ReadAllBytes(Path.Combine(Vectors, "invalid-payload", "wrong-predicate.bundle.json"));
        using var bundle = TrustSchemas.ParseBundle(bytes, "wrong-predicate");

        // Act
        var error = Assert.Throws<CheckFailedException>(() => TrustSchemas.ParseOmsStatement(SignedEnvelope.FromJson(bundle.RootElement).Payload, "wrong-predicate").Dispose());

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.SignaturePayloadInvalid));
        Assert.That(error.Message, Does.Contain("$.predicateType: must be \"https://model_signing/signature/v1.0\""));
    }
}
