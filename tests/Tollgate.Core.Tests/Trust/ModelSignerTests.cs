using System.Text.Json;
using Tollgate.Core.Tests.Oci;
using Tollgate.Core.Trust;

namespace Tollgate.Core.Tests.Trust;

public class ModelSignerTests
{
    private string work = null!;
    private string model = null!;
    private (string Private, string Public) keys;

    [SetUp]
    public void SetUp()
    {
        work = TestArtifacts.TempDir("tg-trust");
        model = TestArtifacts.Create(Path.Combine(work, "model"), files: [("model.zip", 4000, 1), ("extra/vocab.txt", 30, 2)]);
        keys = TrustTestKeys.Create(work);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(work, recursive: true);

    private byte[] Sign(string? keyPath = null)
    {
        using var key = SigningKey.Load(keyPath ?? keys.Private, null);
        return ModelSigner.Sign(model, key);
    }

    private ModelSignatureVerifier.Result Verify(byte[] bundle, string? publicKey = null)
    {
        using var trusted = TrustedKey.FromFile(publicKey ?? keys.Public);
        return ModelSignatureVerifier.Verify(bundle, "model.sig.json", model, [trusted]);
    }

    [Test]
    public void Bundle_lists_every_file_with_its_sha256_and_verifies()
    {
        // Act
        var bundle = Sign();
        var result = Verify(bundle);

        // Assert
        using var doc = JsonDocument.Parse(bundle);
        Assert.That(doc.RootElement.GetProperty("mediaType").GetString(), Is.EqualTo("application/vnd.dev.sigstore.bundle.v0.3+json"));
        using var statement = JsonDocument.Parse(SignedEnvelope.FromJson(doc.RootElement).Payload);
        var resources = statement.RootElement.GetProperty("predicate").GetProperty("resources").EnumerateArray().ToList();
        Assert.That(resources.Select(r => r.GetProperty("name").GetString()), Is.EqualTo(new[] { "extra/vocab.txt", "model.zip", "tollgate.model.json" }));
        Assert.That(resources[1].GetProperty("digest").GetString(), Is.EqualTo(Tollgate.Core.Util.Hashing.Sha256File(Path.Combine(model, "model.zip"))));
        Assert.That(result.Files, Is.EqualTo(3));
        Assert.That(doc.RootElement.GetProperty("verificationMaterial").GetProperty("publicKey").GetProperty("hint").GetString(), Is.EqualTo(result.KeyHint));
    }

    [Test]
    public void Openssl_verifies_the_signature_over_the_dsse_pre_authentication_encoding()
    {
        // Arrange: an implementation Tollgate does not control, given only the PAE bytes, the DER signature and the public key
        var envelope = SignedEnvelope.FromJson(JsonDocument.Parse(Sign()).RootElement);
        var pae = Path.Combine(work, "pae.bin");
        var sig = Path.Combine(work, "sig.der");
        File.WriteAllBytes(pae, [.. System.Text.Encoding.ASCII.GetBytes($"DSSEv1 28 application/vnd.in-toto+json {envelope.Payload.Length} "), .. envelope.Payload]);
        File.WriteAllBytes(sig, envelope.Signatures[0]);

        // Act
        var good = RealTools.Run("openssl", "dgst", "-sha256", "-verify", keys.Public, "-signature", sig, pae);
        File.WriteAllBytes(pae, [.. File.ReadAllBytes(pae)[..^1], (byte)(envelope.Payload[^1] ^ 1)]);
        var bad = RealTools.Run("openssl", "dgst", "-sha256", "-verify", keys.Public, "-signature", sig, pae);

        // Assert
        Assert.That(good.Code, Is.EqualTo(0), good.Stderr + good.Stdout);
        Assert.That(good.Stdout, Does.Contain("Verified OK"));
        Assert.That(bad.Code, Is.Not.EqualTo(0));
    }

    [Test]
    public void P384_keys_sign_with_sha384_and_verify()
    {
        // Arrange
        var p384 = TrustTestKeys.Create(work, "secp384r1", "p384");

        // Act
        var result = Verify(Sign(p384.Private), p384.Public);

        // Assert
        Assert.That(result.Files, Is.EqualTo(3));
    }

    [TestCase("model.zip")]
    [TestCase("extra/vocab.txt")]
    [TestCase("tollgate.model.json")]
    public void One_flipped_byte_in_any_file_fails_verification_naming_the_file(string file)
    {
        // Arrange
        var bundle = Sign();
        var path = Path.Combine(model, file);
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);

        // Act
        var error = Assert.Throws<CheckFailedException>(() => Verify(bundle));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.SignedFileMismatch));
        Assert.That(error.Message, Does.Contain($"'{file}'").And.Contain("differs from the signed file"));
        Assert.That(error.ExitCode, Is.EqualTo(1));
    }

    [Test]
    public void An_added_or_a_removed_file_fails_verification_naming_it()
    {
        // Arrange
        var bundle = Sign();
        File.WriteAllText(Path.Combine(model, "extra", "smuggled.bin"), "x");

        // Act
        var added = Assert.Throws<CheckFailedException>(() => Verify(bundle));
        File.Delete(Path.Combine(model, "extra", "smuggled.bin"));
        File.Delete(Path.Combine(model, "extra", "vocab.txt"));
        var removed = Assert.Throws<CheckFailedException>(() => Verify(bundle));

        // Assert
        Assert.That(added!.Message, Does.Contain("'extra/smuggled.bin'").And.Contain("not covered by the signature"));
        Assert.That(removed!.Message, Does.Contain("'extra/vocab.txt' is signed").And.Contain("missing"));
    }

    [Test]
    public void A_changed_payload_or_another_key_fails_the_signature_check()
    {
        // Arrange
        var bundle = JsonDocument.Parse(Sign()).RootElement;
        var envelope = SignedEnvelope.FromJson(bundle);
        var forged = envelope with { Payload = System.Text.Encoding.UTF8.GetBytes(System.Text.Encoding.UTF8.GetString(envelope.Payload).Replace("model.zip", "model.zap", StringComparison.Ordinal)) };
        var other = TrustTestKeys.Create(work, name: "other");

        // Act
        var tampered = Assert.Throws<CheckFailedException>(() => Verify(forged.ToJson()));
        var untrusted = Assert.Throws<CheckFailedException>(() => Verify(envelope.ToJson(), other.Public));

        // Assert
        Assert.That(tampered!.Code, Is.EqualTo(ErrorCodes.SignatureInvalid));
        Assert.That(tampered.Message, Does.Contain("does not verify"));
        Assert.That(untrusted!.Code, Is.EqualTo(ErrorCodes.SignatureInvalid));
        Assert.That(untrusted.Message, Does.Contain("not among the trusted keys"));
    }

    [Test]
    public void Key_from_an_environment_variable_signs_and_errors_never_show_key_material()
    {
        // Arrange
        var variable = "TG_TEST_KEY_" + Guid.NewGuid().ToString("N");
        Environment.SetEnvironmentVariable(variable, File.ReadAllText(keys.Private));
        try
        {
            // Act
            using var key = SigningKey.Load(null, variable);
            var bundle = ModelSigner.Sign(model, key);
            Environment.SetEnvironmentVariable(variable, "-----BEGIN PRIVATE KEY-----\nnot a key\n-----END PRIVATE KEY-----");
            var bad = Assert.Throws<TollgateException>(() => SigningKey.Load(null, variable));
            Environment.SetEnvironmentVariable(variable, null);
            var missing = Assert.Throws<TollgateException>(() => SigningKey.Load(null, variable));

            // Assert
            Assert.That(Verify(bundle).Files, Is.EqualTo(3));
            Assert.That(bad!.Code, Is.EqualTo(ErrorCodes.SigningKeyInvalid));
            Assert.That(bad.Message, Does.Contain(variable).And.Not.Contain("not a key"));
            Assert.That(missing!.Message, Does.Contain($"environment variable {variable} is empty"));
            Assert.That(bad.ExitCode, Is.EqualTo(2));
        }
        finally
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    [Test]
    public void Rsa_keys_are_refused_as_not_an_oms_key_method()
    {
        // Arrange
        var rsa = Path.Combine(work, "rsa.pem");
        TrustTestKeys.Run("openssl", "genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", rsa);

        // Act
        var error = Assert.Throws<TollgateException>(() => SigningKey.Load(rsa, null));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.SigningKeyInvalid));
        Assert.That(error.Message, Does.Contain(rsa));
    }

    [Test]
    public void A_signature_written_inside_the_model_folder_does_not_sign_itself_and_still_verifies()
    {
        // Arrange
        var path = Path.Combine(model, "model.sig");
        using var key = SigningKey.Load(keys.Private, null);

        // Act
        File.WriteAllBytes(path, ModelSigner.Sign(model, key, path));
        File.WriteAllBytes(path, ModelSigner.Sign(model, key, path)); // signing again with the old bundle present
        using var trusted = TrustedKey.FromFile(keys.Public);
        var result = ModelSignatureVerifier.Verify(File.ReadAllBytes(path), path, model, [trusted]);

        // Assert
        Assert.That(result.Files, Is.EqualTo(3));
        using var statement = JsonDocument.Parse(SignedEnvelope.FromJson(JsonDocument.Parse(File.ReadAllBytes(path)).RootElement).Payload);
        Assert.That(statement.RootElement.GetProperty("predicate").GetProperty("serialization").GetProperty("ignore_paths").EnumerateArray().Select(p => p.GetString()), Does.Contain("model.sig"));
    }
}
