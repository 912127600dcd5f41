using System.CommandLine;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Errors;
using Tollgate.Core.Trust;
using Tollgate.Core.Util;

namespace Tollgate.Cli.Commands;

/// <summary>
/// <c>tollgate sign</c>: an OpenSSF Model Signing v1.0 signature (Sigstore bundle v0.3, DSSE, ECDSA) of the artifact,
/// written beside it as <c>DIR.sig.json</c> and attached to its OCI artifact in the layout as a referrer.
/// </summary>
internal static class SignCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var artifact = CommonOptions.Artifact();
        var key = new Option<string?>("--key") { Description = "PEM ECDSA P-256/P-384 private key file (default: trust.signingKeyFile, else the key variable)." };
        var keyVariable = new Option<string?>("--key-variable") { Description = "Environment variable holding the PEM private key (default: trust.signingKeyVariable, TOLLGATE_SIGNING_KEY)." };
        var output = new Option<string?>("--output", "-o") { Description = "Where to write the bundle (default: beside the artifact folder, DIR.sig.json)." };
        var json = CommonOptions.Json();
        var command = new Command("sign", "Sign the model artifact (OpenSSF Model Signing v1.0); the key is never printed.") { config, artifact, key, keyVariable, output, json };
        command.SetHandler(async (parse, ct) =>
        {
            var loaded = TryLoad(parse.GetValue(config));
            var dir = parse.GetValue(artifact) is { } a ? Path.GetFullPath(a) : loaded?.Resolve(loaded.Model.Output)
                ?? throw new TollgateException(ErrorCodes.Usage, "No artifact folder: pass --artifact DIR (no tollgate.yml found).", "tollgate sign --artifact artifacts/model --key signing.pem");
            var manifest = ManifestStore.Read(dir); // sign only what verifies against its own manifest
            var keyFile = parse.GetValue(key) is { } k ? Path.GetFullPath(k) : loaded?.Trust.SigningKeyFile is { } f ? loaded.Resolve(f) : null;
            using var signingKey = SigningKey.Load(keyFile, parse.GetValue(keyVariable) ?? loaded?.Trust.SigningKeyVariable ?? "TOLLGATE_SIGNING_KEY");
            var path = parse.GetValue(output) is { } o ? Path.GetFullPath(o) : TrustKeys.SignaturePathFor(dir);
            var bundle = ModelSigner.Sign(dir, signingKey, path);
            AtomicFile.Write(path, s => s.Write(bundle));
            var oci = loaded is null ? null : await AttestationReferrers.FindModelManifestAsync(loaded, manifest, ct);
            if (oci is not null)
            {
                await AttestationReferrers.AttachAsync(loaded!, oci, bundle, AttestationReferrers.SignatureArtifactType, ct);
            }

            if (parse.GetValue(json))
            {
                CliContext.WriteJson(new { ok = true, signature = path, keyHint = signingKey.Public.Hint, model = manifest.Name, version = manifest.Version, digest = manifest.Digest, ociReferrerOf = oci });
            }
            else
            {
                Console.WriteLine($"Signed {manifest.Name} {manifest.Version} → {path} (key {signingKey.Public.Hint[..12]}…, {signingKey.Source}){(oci is null ? "" : $"; attached to {oci}")}");
            }

            return 0;
        });
        return command;
    }

    /// <summary>tollgate.yml when there is one: sign and verify also work on a bare folder with explicit keys.</summary>
    internal static TollgateConfig? TryLoad(string? path)
    {
        try
        {
            return ConfigLoader.Load(path);
        }
        catch (TollgateException ex) when (ex.Code == ErrorCodes.ConfigNotFound && path is null)
        {
            return null;
        }
    }
}
