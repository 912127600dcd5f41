using Tollgate.Core.Errors;

namespace Tollgate.Core.Environments;

/// <summary>Parses <c>NAME@VERSION</c> and finds that version's exact artifact among known deployments.</summary>
internal static class ModelSpec
{
    public static (string Name, string Version) Parse(string text)
    {
        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1)
        {
            throw new TollgateException(ErrorCodes.ModelVersionUnknown, $"'{text}' is not NAME@VERSION.", "Write e.g. churn-classifier@1.0.3 (see 'tollgate history').");
        }

        return (text[..at], text[(at + 1)..]);
    }

    /// <summary>The newest deployment of NAME@VERSION (VERSION with or without its +build metadata), or null.</summary>
    public static DeploymentRecord? Find(IEnumerable<DeploymentRecord> newestFirst, string name, string version) =>
        newestFirst.FirstOrDefault(d => d.Model.Name == name && (d.Model.Version == version || d.Model.Version.Split('+')[0] == version));

    public static DeploymentRecord Require(IEnumerable<DeploymentRecord> newestFirst, string text)
    {
        var (name, version) = Parse(text);
        var list = newestFirst.ToList();
        return Find(list, name, version) ?? throw new TollgateException(ErrorCodes.ModelVersionUnknown,
            $"{name}@{version} has never been deployed, so its digest is unknown to this backend.",
            "Promote it to the first environment first; known versions: "
            + string.Join(", ", list.Where(d => d.Model.Name == name).Select(d => d.Model.Version).Distinct().DefaultIfEmpty("none")) + ".");
    }
}
