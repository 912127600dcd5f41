using System.Security.Cryptography;
using Tollgate.Core.Util;

namespace Tollgate.Core.Trust;

/// <summary>
/// A public ECDSA key a verifier trusts. Its hint is the hex sha256 of the DER SubjectPublicKeyInfo, the
/// fingerprint OMS bundles carry in <c>verificationMaterial.publicKey.hint</c>.
/// </summary>
internal sealed class TrustedKey : IDisposable
{
    internal TrustedKey(ECDsa key, string source)
    {
        Key = key;
        Source = source;
        Hint = Hashing.Sha256Hex(key.ExportSubjectPublicKeyInfo());
        Hash = key.KeySize switch { 256 => HashAlgorithmName.SHA256, 384 => HashAlgorithmName.SHA384, _ => HashAlgorithmName.SHA512 };
    }

    public string Source { get; }

    public string Hint { get; }

    public HashAlgorithmName Hash { get; }

    private ECDsa Key { get; }

    /// <summary>Reads a PEM public key (or a private key, whose public half is used) from a file.</summary>
    public static TrustedKey FromFile(string path)
    {
        if (!File.Exists(path))
        {
            throw new TollgateException(ErrorCodes.SigningKeyInvalid, $"Public key file '{path}' does not exist.", "Export it: openssl ec -in signing.pem -pubout -out signing.pub.pem");
        }

        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new TollgateException(ErrorCodes.SigningKeyInvalid, $"'{path}' holds no ECDSA key in PEM form.", "Use a 'PUBLIC KEY' PEM block (openssl ec -in signing.pem -pubout).");
        }

        CheckCurve(key, $"file {path}");
        return new TrustedKey(ECDsa.Create(key.ExportParameters(false)), $"file {path}");
    }

    /// <summary>The public key as a PEM 'PUBLIC KEY' block (what <c>tollgate sign</c> tells users to distribute).</summary>
    public string ToPem() => Key.ExportSubjectPublicKeyInfoPem();

    public bool Verify(byte[] data, byte[] derSignature)
    {
        try
        {
            return Key.VerifyData(data, derSignature, Hash, DSASignatureFormat.Rfc3279DerSequence);
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    internal static void CheckCurve(ECDsa key, string source)
    {
        var oid = key.ExportParameters(false).Curve.Oid.Value;
        if (oid is not ("1.2.840.10045.3.1.7" or "1.3.132.0.34" or "1.3.132.0.35"))
        {
            key.Dispose();
            throw new TollgateException(ErrorCodes.SigningKeyInvalid, $"The key in {source} is not on P-256, P-384 or P-521.", "Generate a P-256 or P-384 key (OMS algorithm registry).");
        }
    }

    public void Dispose() => Key.Dispose();
}
