namespace Tollgate.Core.Config;

/// <summary>
/// <c>trust:</c> in tollgate.yml: the key Tollgate signs model signatures and promotion attestations with (a PEM file
/// or, better in CI, an environment variable holding the PEM text; never the key itself in the file), and the public
/// keys verification trusts.
/// </summary>
internal sealed class TrustSection
{
    /// <summary>Path of a PEM ECDSA private key (P-256/P-384); optional.</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>Name of the environment variable holding the PEM private key.</summary>
    public string SigningKeyVariable { get; set; } = "TOLLGATE_SIGNING_KEY";

    /// <summary>PEM public keys whose signatures verify and policies accept.</summary>
    public List<string> TrustedKeys { get; set; } = [];

    /// <summary>Where promotion attestations are stored (one signed bundle per deployment).</summary>
    public string Attestations { get; set; } = ".tollgate/attestations";
}
