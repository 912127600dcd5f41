using System.Text.Json;
using Tollgate.Core.Config;
using Tollgate.Core.Util;

namespace Tollgate.Core.Environments.Travel;

/// <summary>
/// Where an artifact was really published, recorded by <c>pack</c> and <c>push</c> as they write it
/// (<c>.tollgate/published/HEX.json</c> next to tollgate.yml, one list per content digest). A promotion names exactly
/// these locations in its deployment, so a deployment never points at a location that was never written.
/// References are canonical <see cref="Identity.ArtifactReference"/> text: <c>oci://REGISTRY/REPO@sha256:…</c>,
/// <c>oci-layout:DIR@sha256:…</c>, <c>nuget:SOURCE?package=ID&amp;version=V</c>.
/// </summary>
internal static class PublishedArtifacts
{
    /// <summary>The NuGet reference form: Cake's <c>nuget:SOURCE?package=ID&amp;version=V</c> spelling.</summary>
    public static string NuGet(string source, string packageId, string version) => Identity.ArtifactReference.NuGet(source, packageId, version).ToString();

    /// <summary>Adds <paramref name="reference"/> to what is known to be published for <paramref name="contentDigest"/>.</summary>
    public static void Record(TollgateConfig config, string contentDigest, string reference)
    {
        ArgumentNullException.ThrowIfNull(config);
        Record(config.Resolve("."), contentDigest, reference);
    }

    /// <summary>As <see cref="Record(TollgateConfig, string, string)"/>, in the project folder (tollgate.yml's) <paramref name="projectRoot"/>.</summary>
    public static void Record(string projectRoot, string contentDigest, string reference)
    {
        var known = Read(projectRoot, contentDigest);
        reference = Canonical(reference);
        if (!known.Contains(reference, StringComparer.Ordinal))
        {
            AtomicFile.WriteAllText(PathFor(projectRoot, contentDigest), JsonSerializer.Serialize(known.Append(reference).ToList(), JsonDefaults.Indented));
        }
    }

    /// <summary>The recorded references of <paramref name="contentDigest"/>, in the order they were published.</summary>
    public static IReadOnlyList<string> Read(TollgateConfig config, string contentDigest)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Read(config.Resolve("."), contentDigest);
    }

    private static IReadOnlyList<string> Read(string projectRoot, string contentDigest)
    {
        var path = PathFor(projectRoot, contentDigest);
        var recorded = new List<string>();
        if (File.Exists(path))
        {
            // A JSON array of strings, read by hand: push reads it on every run, and the reflection serializer costs start-up.
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new JsonException($"{path} is not a JSON array of references.");
            }

            foreach (var item in document.RootElement.EnumerateArray())
            {
                recorded.Add(item.GetString() ?? throw new JsonException($"{path} holds a null reference."));
            }
        }

        return [.. recorded.Select(Canonical).Distinct(StringComparer.Ordinal)];
    }

    // Files written before references had one spelling hold oci:HOST/REPO@…; read them as oci://HOST/REPO@….
    private static string Canonical(string reference) =>
        Identity.ArtifactReference.TryParse(reference, out var parsed, out _) ? parsed.ToString() : reference;

    /// <summary>A path as recorded: relative to tollgate.yml when inside its folder (portable across clones), else absolute.</summary>
    public static string Portable(TollgateConfig config, string path)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Portable(config.Resolve("."), path);
    }

    /// <summary>As <see cref="Portable(TollgateConfig, string)"/>, relative to the project folder <paramref name="projectRoot"/>.</summary>
    public static string Portable(string projectRoot, string path)
    {
        var relative = Path.GetRelativePath(projectRoot, Path.GetFullPath(path));
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? Path.GetFullPath(path) : relative.Replace('\\', '/');
    }

    private static string PathFor(string projectRoot, string contentDigest) =>
        Path.GetFullPath(Path.Combine(projectRoot, ".tollgate", "published", contentDigest.Replace("sha256:", "", StringComparison.Ordinal) + ".json"));
}
