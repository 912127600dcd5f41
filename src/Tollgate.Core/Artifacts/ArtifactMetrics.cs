using System.Diagnostics.Metrics;

namespace Tollgate.Core.Artifacts;

/// <summary>
/// How often artifact folders are hashed, as a .NET metric (<c>System.Diagnostics.Metrics</c>): observable with
/// <c>dotnet-counters</c> or a <c>MeterListener</c>, which is how the tests prove one hashing pass per command.
/// </summary>
internal static class ArtifactMetrics
{
    public const string MeterName = "Tollgate.Core";
    public const string FolderHashesName = "tollgate.artifact.folder_hashes";

    /// <summary>Tag on <see cref="FolderHashes"/>: the full path of the folder hashed.</summary>
    public const string DirectoryTag = "directory";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>One per pass that reads and hashes every file of an artifact folder.</summary>
    internal static readonly Counter<long> FolderHashes = Meter.CreateCounter<long>(FolderHashesName, description: "Artifact folders read and hashed file by file");
}
