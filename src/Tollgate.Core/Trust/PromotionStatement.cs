using System.Text.Json;
using System.Text.Json.Nodes;
using Tollgate.Core.Util;

namespace Tollgate.Core.Trust;

/// <summary>The in-toto Statement v1 around a <see cref="PromotionPredicate"/>: subjects are the model's digests.</summary>
internal static class PromotionStatement
{
    public static byte[] Write(PromotionPredicate predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        var subjects = new JsonArray { Subject(predicate.Model.Name, predicate.Model.Digest) };
        if (predicate.Model.OciDigest is { } oci)
        {
            subjects.Add(Subject("oci", oci));
        }

        var statement = new JsonObject
        {
            ["_type"] = ModelSigner.StatementType,
            ["subject"] = subjects,
            ["predicateType"] = PromotionPredicate.Type,
            ["predicate"] = JsonSerializer.SerializeToNode(predicate, JsonDefaults.Compact),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(statement, JsonDefaults.Compact);
        TrustSchemas.ParseAttestation(bytes, "the attestation being written").Dispose(); // never write what verify would refuse
        return bytes;
    }

    /// <summary>Validates the statement against the attestation schema and reads its predicate.</summary>
    public static PromotionPredicate Read(byte[] statement, string source)
    {
        using var document = TrustSchemas.ParseAttestation(statement, source);
        return document.RootElement.GetProperty("predicate").Deserialize<PromotionPredicate>(JsonDefaults.Compact)!;
    }

    private static JsonObject Subject(string name, string digest) => new()
    {
        ["name"] = name,
        ["digest"] = new JsonObject { ["sha256"] = digest[Hashing.Prefix.Length..] },
    };
}
