namespace Tollgate.Core.Oci;

/// <summary>A layer descriptor plus the file it is read from.</summary>
internal sealed record OciLayerSource(OciDescriptor Descriptor, string FilePath);
