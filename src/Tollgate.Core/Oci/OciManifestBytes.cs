namespace Tollgate.Core.Oci;

/// <summary>Manifest bytes and their digest.</summary>
public sealed record OciManifestBytes(byte[] Bytes, string Digest);
