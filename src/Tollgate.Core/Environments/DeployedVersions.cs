using Tollgate.Core.Identity;

namespace Tollgate.Core.Environments;

/// <summary>Finds the exact artifact of a <c>NAME@VERSION</c> among known deployments (its digest is what retire and approve act on).</summary>
internal static class DeployedVersions
{
    /// <summary>The newest deployment of NAME@VERSION (VERSION with or without its +build metadata), or null.</summary>
    public static DeploymentRecord? Find(IEnumerable<DeploymentRecord> newestFirst, string name, string version) =>
        newestFirst.FirstOrDefault(d => d.Model.Name == name && (d.Model.Version == version || d.Model.Version.Split('+')[0] == version));

    /// <param name="spec">A <see cref="ModelSpec"/> of kind <see cref="ModelSelector.Version"/>.</param>
    /// <param name="usage">The command, for the message when <paramref name="spec"/> selects something else.</param>
    public static DeploymentRecord Require(IEnumerable<DeploymentRecord> newestFirst, ModelSpec spec, string usage)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var (name, version) = (spec.Expect(usage, ModelSelector.Version).Name, spec.Selector);
        var list = newestFirst.ToList();
        return Find(list, name, version) ?? throw new TollgateException(ErrorCodes.ModelVersionUnknown,
            $"{name}@{version} has never been deployed, so its digest is unknown to this backend.",
            "Promote it to the first environment first; known versions: "
            + string.Join(", ", list.Where(d => d.Model.Name == name).Select(d => d.Model.Version).Distinct().DefaultIfEmpty("none")) + ".");
    }
}
