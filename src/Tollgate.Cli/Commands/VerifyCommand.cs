using System.CommandLine;
using Tollgate.Core.Environments;
using Tollgate.Core.Errors;
using Tollgate.Core.Trust;

namespace Tollgate.Cli.Commands;

/// <summary>
/// <c>tollgate verify</c>: a model signature against the files and trusted keys, or with <c>--environment</c> the
/// attestation chain of what is live there. Exit 1 names what failed.
/// </summary>
internal static class VerifyCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var artifact = CommonOptions.Artifact();
        var signature = new Option<string?>("--signature") { Description = "The bundle to check (default: DIR.sig.json beside the artifact)." };
        var keys = new Option<string[]>("--public-key") { Description = "Trusted PEM public key (repeatable); added to trust.trustedKeys.", AllowMultipleArgumentsPerToken = false };
        var environment = CommonOptions.Environment();
        var json = CommonOptions.Json();
        var command = new Command("verify", "Verify a model signature, or (--environment) the attestation chain of the model live there.") { config, artifact, signature, keys, environment, json };
        command.SetHandler(async (parse, ct) =>
        {
            var extra = parse.GetValue(keys) ?? [];
            if (parse.GetValue(environment) is { } env)
            {
                var context = CliContext.Load(parse, config);
                var result = await new ChainVerifier(context.Config, context.Backend, CliContext.Progress).VerifyAsync(env, extra, ct);
                Write(parse.GetValue(json), new { ok = true, environment = env, model = result.Model, signed = result.Signed, chain = result.Chain },
                    [$"{env}: {result.Model.Name} {result.Model.Version} ({result.Model.Digest}) has a valid attestation chain{(result.Signed ? "" : " (unsigned: no trusted keys configured)")}:",
                     .. result.Chain.Select(l => $"  ✓ {l.Environment}: deployment {l.DeploymentId}, {(l.KeyHint is null ? "unsigned" : $"signed by {l.KeyHint[..12]}…")}{(l.ModelSignatureKey is null ? "" : ", model signature verified")}")]);
                return 0;
            }

            var loaded = SignCommand.TryLoad(parse.GetValue(config));
            var dir = parse.GetValue(artifact) is { } a ? Path.GetFullPath(a) : loaded?.Resolve(loaded.Model.Output)
                ?? throw new TollgateException(ErrorCodes.Usage, "No artifact folder: pass --artifact DIR (no tollgate.yml found).", "tollgate verify --artifact artifacts/model --public-key signing.pub.pem");
            var path = parse.GetValue(signature) is { } s ? Path.GetFullPath(s) : TrustKeys.SignaturePathFor(dir);
            if (!File.Exists(path))
            {
                throw new CheckFailedException(ErrorCodes.SignatureMissing, $"No signature at {path}.", "Sign the artifact with 'tollgate sign', or pass --signature FILE.");
            }

            var verified = ModelSignatureVerifier.Verify(File.ReadAllBytes(path), path, dir, TrustKeys.Trusted(loaded, extra));
            Write(parse.GetValue(json), new { ok = true, signature = path, artifact = dir, keyHint = verified.KeyHint, files = verified.Files, rootDigest = verified.RootDigest },
                [$"Signature {path} is valid: {verified.Files} file(s) in {dir} match, signed by {verified.KeyHint[..12]}… ({verified.KeySource})."]);
            return 0;
        });
        return command;
    }

    private static void Write<T>(bool json, T document, IEnumerable<string> lines)
    {
        if (json)
        {
            CliContext.WriteJson(document);
            return;
        }

        foreach (var line in lines)
        {
            Console.WriteLine(line);
        }
    }
}
