namespace Cake.Tollgate.Packaging;

/// <summary>The tags set (<c>tollgate tag --json</c>).</summary>
/// <param name="Tags">One entry per tag.</param>
public sealed record TollgateTagResult(IReadOnlyList<TollgateTag> Tags);
