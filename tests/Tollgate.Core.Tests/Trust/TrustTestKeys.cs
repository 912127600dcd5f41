using Tollgate.Core.Tests.Oci;

namespace Tollgate.Core.Tests.Trust;

/// <summary>Key pairs made by the real openssl CLI (so Tollgate reads what users generate), written into a folder.</summary>
internal static class TrustTestKeys
{
    /// <returns>(private key PEM path, public key PEM path)</returns>
    public static (string Private, string Public) Create(string dir, string curve = "prime256v1", string name = "signing")
    {
        var openssl = RealTools.Require("openssl", "openssl");
        var raw = Path.Combine(dir, name + ".raw.pem");
        var key = Path.Combine(dir, name + ".pem");
        var pub = Path.Combine(dir, name + ".pub.pem");
        Run(openssl, "ecparam", "-name", curve, "-genkey", "-noout", "-out", raw);
        Run(openssl, "pkcs8", "-topk8", "-nocrypt", "-in", raw, "-out", key);
        Run(openssl, "ec", "-in", key, "-pubout", "-out", pub);
        File.Delete(raw);
        return (key, pub);
    }

    public static void Run(string file, params string[] args)
    {
        var (code, _, stderr) = RealTools.Run(file, args);
        Assert.That(code, Is.EqualTo(0), $"{file} {string.Join(' ', args)}: {stderr}");
    }
}
