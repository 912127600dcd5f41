namespace Tollgate.Core.Oci;

/// <summary>Manifest bytes and their digest.</summary>
internal sealed record OciManifestBytes(byte[] Bytes, string Digest);
