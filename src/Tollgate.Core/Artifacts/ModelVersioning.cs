using NuGet.Versioning;
using Tollgate.Core.Util;

namespace Tollgate.Core.Artifacts;

/// <summary>SemVer 2 versions for model artifacts: explicit, or the next patch after what is known.</summary>
internal static class ModelVersioning
{
    public static SemanticVersion Parse(string text, string where)
    {
        if (!SemanticVersion.TryParse(text, out var version))
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid, $"'{text}' in {where} is not a SemVer 2 version.", "Use MAJOR.MINOR.PATCH, e.g. 1.4.0.");
        }

        return version;
    }

    /// <summary>Explicit version wins; else one patch above the highest known; else <paramref name="initial"/>.</summary>
    public static string Next(string? explicitVersion, IEnumerable<string> knownVersions, string digest, string initial = "1.0.0")
    {
        SemanticVersion core;
        if (!string.IsNullOrWhiteSpace(explicitVersion))
        {
            core = Parse(explicitVersion, "model.version");
        }
        else
        {
            var highest = knownVersions
                .Select(v => SemanticVersion.TryParse(v, out var parsed) ? parsed : null)
                .OfType<SemanticVersion>()
                .OrderByDescending(v => v, VersionComparer.VersionRelease)
                .FirstOrDefault();
            core = highest is null ? Parse(initial, "model.initialVersion") : new SemanticVersion(highest.Major, highest.Minor, highest.Patch + 1);
        }

        var release = new SemanticVersion(core.Major, core.Minor, core.Patch, core.ReleaseLabels, metadata: null);
        return $"{release.ToNormalizedString()}+sha.{Hashing.Short(digest)}";
    }
}
