using System.Text;
using System.Text.RegularExpressions;

namespace Tollgate.Cli.Tests.Support;

/// <summary>Forged attestation bundles for the tests that must see a replaced attestation refused.</summary>
internal static class AttestationForgery
{
    /// <summary>The same unsigned bundle claiming another actor (mallory): same deployment, other bytes.</summary>
    public static byte[] ClaimingAnotherActor(byte[] bundle)
    {
        var text = Encoding.UTF8.GetString(bundle);
        var payload = Regex.Match(text, "\"payload\":\\s*\"([^\"]+)\"").Groups[1].Value;
        var statement = Encoding.UTF8.GetString(Convert.FromBase64String(payload));
        var forged = Regex.Replace(statement, "\"user\":\\s*\"[^\"]*\"", "\"user\":\"mallory\"");
        Assert.That(forged, Is.Not.EqualTo(statement), "the forgery changes the statement");
        return Encoding.UTF8.GetBytes(text.Replace(payload, Convert.ToBase64String(Encoding.UTF8.GetBytes(forged)), StringComparison.Ordinal));
    }
}
