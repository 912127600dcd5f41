using Cake.Core.IO;

namespace Cake.Tollgate.Packaging;

/// <summary>
/// Turns "what runs in ENV" into a fetch pinned by identity: the exact version from a NuGet feed, or the manifest
/// digest the deployment recorded from an OCI location (tags can move between status and fetch; digests cannot).
/// </summary>
internal static class EnvironmentFetch
{
    public static string ModelSpec(TollgateEnvironmentStatus current, string from)
    {
        if (current.IsEmpty || current.Model is null || current.Version is null)
        {
            throw new CakeException(2, $"error {TollgateErrorCodes.EnvironmentEmpty}: nothing runs in '{current.Environment}', so there is nothing to fetch.\n"
                + $"  fix: promote a model to '{current.Environment}' first (TollgatePromote(\"{current.Environment}\")), or fetch a version with TollgateFetch.");
        }

        if (from.StartsWith("nuget:", StringComparison.Ordinal))
        {
            return $"{current.Model}@{current.Version}";
        }

        // Recorded OCI references end in @sha256:<manifest digest>; the same manifest is in the layout and the registry.
        var pinned = current.Artifacts?.FirstOrDefault(a => a.StartsWith("oci", StringComparison.Ordinal) && a.Contains("@sha256:", StringComparison.Ordinal));
        return pinned is null ? $"{current.Model}@{current.Version}" : $"{current.Model}{pinned[pinned.LastIndexOf('@')..]}";
    }

    /// <summary>The fetch verified every file against the package's manifest; this checks it is the environment's model.</summary>
    public static void Verify(TollgateEnvironmentStatus current, TollgateFetchResult fetched, IDirectory output)
    {
        if (fetched.ModelContentDigest == current.Digest)
        {
            return;
        }

        // Only what this fetch wrote is removed: the CLI refuses a non-empty output folder.
        if (output.Exists)
        {
            output.Delete(recursive: true);
        }

        throw new CakeException(1, $"error TOLLGATE0102: {fetched.Reference} has model digest {fetched.ModelContentDigest}, but '{current.Environment}' runs {current.Digest}; the fetched files were removed.\n"
            + "  fix: the feed holds a different build under the same version; fetch from the location the deployment recorded (see TollgateStatus().For(env).Artifacts).");
    }
}
