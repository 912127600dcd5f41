using System.Security.Cryptography;

namespace Tollgate.Cli.Tests.Support;

/// <summary>
/// A <see cref="TempProject"/> whose tollgate.yml signs with an ECDSA P-256 key held in a per-test environment
/// variable, trusts its public half, and lets production in only signed and attested.
/// </summary>
internal sealed class TrustProject : IDisposable
{
    private readonly TempProject project = new();

    /// <param name="ociRepository">A registry repository: the pipeline also pushes there, and promotions tag and attest it.</param>
    public TrustProject(string? ociRepository = null)
    {
        OciRepository = ociRepository;
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        Directory.CreateDirectory(project.Combine("keys"));
        File.WriteAllText(project.Combine("keys/signing.pub.pem"), key.ExportSubjectPublicKeyInfoPem());
        Environment.SetEnvironmentVariable(KeyVariable, key.ExportPkcs8PrivateKeyPem());
        File.WriteAllText(project.Config, $"""
            model:
              name: cli-model
              training: training.yml
              output: out/model
            package:
              feed: out/feed
              ociLayout: out/oci
              {(ociRepository is null ? "# no registry" : "ociRepository: " + ociRepository)}
            trust:
              signingKeyVariable: {KeyVariable}
              trustedKeys: [keys/signing.pub.pem]
            environments:
              - name: sandbox
              - name: staging
                requireAttestation: true
                gates:
                  - metric: auc >= 0.6
              - name: production
                requireSignature: true
                requireAttestation: true
                gates:
                  - metric: auc >= 0.6

            """);
    }

    public string? OciRepository { get; }

    public string KeyVariable { get; } = "TG_TRUST_TEST_KEY_" + Guid.NewGuid().ToString("N");

    public string Config => project.Config;

    public string Combine(string relative) => project.Combine(relative);

    /// <summary>Train, sign, pack, then promote through the environments up to <paramref name="last"/>; asserts each step exits 0.</summary>
    public void RunPipeline(string last = "production")
    {
        var environments = new[] { "sandbox", "staging", "production" };
        var steps = new List<string[]> { new[] { "train" }, new[] { "sign" }, new[] { "pack" } };
        if (OciRepository is not null)
        {
            steps.Add(["push", "--oci", OciRepository]);
        }

        steps.AddRange(environments[..(Array.IndexOf(environments, last) + 1)].Select(e => new[] { "promote", "-e", e }));
        foreach (var args in steps)
        {
            var result = CliHarness.Run([.. args, "--config", Config]);
            Assert.That(result.ExitCode, Is.EqualTo(0), $"tollgate {string.Join(' ', args)}:\n{result.Out}\n{result.Err}");
        }
    }

    public static void FlipByte(string path, int? offset = null)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[offset ?? bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>
    /// Rewrites the ledger as someone covering their tracks would: every event kept, the first one's time changed, and
    /// every hash recomputed, so the chain is self-consistent and 'tollgate ledger verify' still passes.
    /// </summary>
    public void RewriteLedger()
    {
        var path = Combine(".tollgate/ledger.jsonl");
        File.WriteAllText(path, Rechain(File.ReadAllLines(path), (i, rawEvent) => i == 0
            ? System.Text.RegularExpressions.Regex.Replace(rawEvent, "\"at\":\"(\\d{4})", m => $"\"at\":\"{int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) - 1}")
            : rawEvent));
    }

    /// <summary>Ledger lines with each raw event passed through <paramref name="edit"/> and every hash recomputed (a self-consistent chain).</summary>
    public static string Rechain(IEnumerable<string> ledgerLines, Func<int, string, string> edit)
    {
        var previous = "sha256:" + new string('0', 64);
        var lines = new List<string>();
        foreach (var (line, i) in ledgerLines.Where(l => l.Length > 0).Select((l, i) => (l, i)))
        {
            var rawEvent = edit(i, line[(line.IndexOf(",\"event\":", StringComparison.Ordinal) + 9)..^1]);
            rawEvent = System.Text.RegularExpressions.Regex.Replace(rawEvent, "\"prev\":\"sha256:[0-9a-f]{64}\"", $"\"prev\":\"{previous}\"");
            previous = "sha256:" + Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(previous + "\n" + rawEvent)));
            lines.Add($"{{\"hash\":\"{previous}\",\"event\":{rawEvent}}}");
        }

        return string.Join("\n", lines) + "\n";
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable(KeyVariable, null);
        project.Dispose();
    }
}
