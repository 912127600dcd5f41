namespace Tollgate.Core.Statistics.Drift;

/// <summary>Binned counts of both samples: numeric bins are right-closed between <see cref="Edges"/>.</summary>
internal sealed record Histogram(double[]? Edges, string[]? Categories, long[] ReferenceCounts, long[] CurrentCounts);
