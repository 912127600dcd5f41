namespace Cake.Tollgate.Packaging;

/// <summary>One tag set by <c>tollgate tag</c>.</summary>
/// <param name="Location">Registry repository or layout.</param>
/// <param name="Tag">The tag.</param>
/// <param name="Digest">The manifest digest it points at.</param>
/// <param name="Reference"><c>LOCATION:TAG</c>.</param>
public sealed record TollgateTag(string Location, string Tag, string Digest, string Reference);
