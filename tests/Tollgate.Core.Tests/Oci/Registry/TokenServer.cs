using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;

namespace Tollgate.Core.Tests.Oci.Registry;

/// <summary>
/// A Docker token server on 127.0.0.1 (the protocol registries use for bearer auth): checks Basic credentials and
/// issues RS256 JWTs with an <c>x5c</c> certificate the real registry trusts through its <c>rootcertbundle</c>.
/// The registry verifies every token itself; this server only mints them.
/// </summary>
internal sealed class TokenServer : IDisposable
{
    public const string Service = "tollgate-registry";
    public const string Issuer = "tollgate-test-issuer";
    private readonly LoopbackHttpServer server;
    private readonly RSA key = RSA.Create(2048);
    private readonly X509Certificate2 certificate;
    private readonly string user;
    private readonly string password;

    public TokenServer(string user, string password, string certPath)
    {
        this.user = user;
        this.password = password;
        var request = new CertificateRequest("CN=tollgate-test-token", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(certPath, certificate.ExportCertificatePem());
        server = new LoopbackHttpServer(HandleAsync);
    }

    public int Port => server.Port;

    public string Realm => $"http://127.0.0.1:{Port}/token";

    public int TokensIssued { get; private set; }

    /// <summary>When true the account may only pull: scopes asking for push are answered 403, as token servers do.</summary>
    public bool ReadOnly { get; set; }

    public void Dispose()
    {
        server.Dispose();
        certificate.Dispose();
        key.Dispose();
    }

    private async Task HandleAsync(HttpListenerContext context)
    {
        var response = context.Response;
        var expected = "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}"));
        if (context.Request.Headers["Authorization"] != expected || context.Request.QueryString["service"] != Service)
        {
            response.StatusCode = 401;
            return;
        }

        var scopes = context.Request.QueryString.GetValues("scope") ?? [];
        if (ReadOnly && scopes.Any(s => s.Contains("push", StringComparison.Ordinal)))
        {
            response.StatusCode = 403;
            return;
        }

        var body = JsonSerializer.SerializeToUtf8Bytes(new { token = Mint(scopes) });
        TokensIssued++;
        response.ContentType = "application/json";
        await response.OutputStream.WriteAsync(body);
    }

    private string Mint(IEnumerable<string> scopes)
    {
        var access = scopes.Select(s => s.Split(':')).Where(p => p.Length == 3)
            .Select(p => new { type = p[0], name = p[1], actions = p[2].Split(',') }).ToArray();
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var header = new { typ = "JWT", alg = "RS256", x5c = new[] { Convert.ToBase64String(certificate.RawData) } };
        var claims = new { iss = Issuer, sub = user, aud = Service, exp = now + 300, nbf = now - 10, iat = now, jti = Guid.NewGuid().ToString("N"), access };
        var signingInput = Base64Url(JsonSerializer.SerializeToUtf8Bytes(header)) + "." + Base64Url(JsonSerializer.SerializeToUtf8Bytes(claims));
        var signature = key.SignData(Encoding.ASCII.GetBytes(signingInput), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return signingInput + "." + Base64Url(signature);
    }

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
