using System.Security.Cryptography;

namespace Tollgate.Core.Trust;

/// <summary>
/// An ECDSA private key (P-256, P-384 or P-521, the OMS key method) read from a PEM file or from an environment
/// variable holding the PEM text. Errors name the file or variable, never the key material.
/// </summary>
internal sealed class SigningKey : IDisposable
{
    private SigningKey(ECDsa key, string source)
    {
        Key = key;
        Source = source;
        Public = new TrustedKey(ECDsa.Create(key.ExportParameters(false)), source);
    }

    /// <summary>Where the key came from ("file keys/signing.pem", "variable TOLLGATE_SIGNING_KEY"), for messages.</summary>
    public string Source { get; }

    /// <summary>The public half (hint, verification).</summary>
    public TrustedKey Public { get; }

    private ECDsa Key { get; }

    /// <summary>Loads the key from <paramref name="file"/> when given, else from the variable <paramref name="variable"/>.</summary>
    public static SigningKey Load(string? file, string? variable)
    {
        if (file is not null)
        {
            if (!File.Exists(file))
            {
                throw new TollgateException(ErrorCodes.SigningKeyInvalid, $"Signing key file '{file}' does not exist.", "Create one: openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt -out signing.pem");
            }

            return FromPem(File.ReadAllText(file), $"file {file}");
        }

        if (variable is not null && Environment.GetEnvironmentVariable(variable) is { Length: > 0 } pem)
        {
            return FromPem(pem, $"variable {variable}");
        }

        throw new TollgateException(ErrorCodes.SigningKeyInvalid,
            variable is null ? "No signing key: neither --key nor a key variable is set." : $"No signing key: --key is not given and the environment variable {variable} is empty.",
            $"Pass --key FILE (PEM, ECDSA P-256/P-384) or set {variable ?? "TOLLGATE_SIGNING_KEY"} to the PEM text (from your CI secret store).");
    }

    public static SigningKey FromPem(string pem, string source)
    {
        var key = ECDsa.Create();
        try
        {
            key.ImportFromPem(pem);
            _ = key.ExportParameters(true); // a public key alone cannot sign
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            key.Dispose();
            throw new TollgateException(ErrorCodes.SigningKeyInvalid, $"The signing key in {source} is not an unencrypted ECDSA private key in PEM form.",
                "Use a PEM 'PRIVATE KEY' or 'EC PRIVATE KEY' block for P-256 or P-384 (openssl pkcs8 -topk8 -nocrypt).");
        }

        TrustedKey.CheckCurve(key, source);
        return new SigningKey(key, source);
    }

    /// <summary>ASN.1 DER ECDSA signature (the encoding Sigstore, OMS and openssl use) with the curve's hash.</summary>
    public byte[] Sign(byte[] data) => Key.SignData(data, Public.Hash, DSASignatureFormat.Rfc3279DerSequence);

    public void Dispose()
    {
        Key.Dispose();
        Public.Dispose();
    }
}
