namespace Tollgate.Core.Trust;

/// <summary>The model signature verified before the promotion (its bundle digest and signing key hint).</summary>
internal sealed record AttestedSignature(string BundleDigest, string KeyHint);
