namespace Cake.Tollgate.Pipeline;

/// <summary>The model package a pack wrote to the folder feed.</summary>
/// <param name="Id">Package id.</param>
/// <param name="Version">Package version.</param>
/// <param name="Path">The .nupkg file.</param>
/// <param name="AlreadyPresent">True when the feed already held this version with the same digest (nothing written).</param>
public sealed record TollgateNuGetPackage(string Id, string Version, string Path, bool AlreadyPresent);
