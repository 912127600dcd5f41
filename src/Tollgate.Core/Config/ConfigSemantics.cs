namespace Tollgate.Core.Config;

/// <summary>
/// Checks no schema can express, made when tollgate.yml loads rather than half-way through a promotion:
/// an explicitly empty environment list, <c>retrain</c> on the first environment (there is nothing before it to
/// compare with), and paths that leave the repository (Tollgate writes and replaces folders there).
/// </summary>
internal static class ConfigSemantics
{
    public static void Check(TollgateConfig config, YamlJson? json, YamlLocator locate)
    {
        var where = config.SourcePath;
        TollgateException Fail(string code, string message, string fix, params object[] path)
        {
            var at = locate.At(path);
            var (line, column) = Parse(at);
            return new TollgateException(code, $"{where}{at}: {message}", fix) { File = where, Line = line, Column = column };
        }

        if (json?.Root?["environments"] is System.Text.Json.Nodes.JsonArray { Count: 0 })
        {
            throw Fail(ErrorCodes.ConfigInvalid, "environments is an empty list, so no model could ever be promoted.", "List at least one environment, or remove the key to get sandbox, staging and production.", "environments");
        }

        if (config.Environments.Count > 0 && config.Environments[0].Promotion == "retrain")
        {
            throw Fail(ErrorCodes.ConfigInvalid, $"environments[{config.Environments[0].Name}].promotion is 'retrain', but the first environment has no previous one to compare a retrained model with.", "Use promotion: retrain on a later environment (e.g. production).", "environments", 0, "promotion");
        }

        if (config.AllowOutsideRepository)
        {
            return;
        }

        foreach (var (value, path) in Paths(config))
        {
            var full = config.Resolve(value);
            var root = Path.TrimEndingDirectorySeparator(config.BaseDirectory) + Path.DirectorySeparatorChar;
            if (!(full + Path.DirectorySeparatorChar).StartsWith(root, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))
            {
                throw Fail(ErrorCodes.ConfigPathOutsideRepository, $"{string.Join('.', path)} '{value}' resolves to '{full}', outside the repository '{config.BaseDirectory}'.", "Use a path inside the repository, or set 'allowOutsideRepository: true' when this is deliberate.", path);
            }
        }
    }

    private static IEnumerable<(string Value, object[] Path)> Paths(TollgateConfig config)
    {
        yield return (config.Model.Training, ["model", "training"]);
        yield return (config.Model.Output, ["model", "output"]);
        yield return (config.Package.Feed, ["package", "feed"]);
        yield return (config.Package.OciLayout, ["package", "ociLayout"]);
        yield return (config.Backend.Ledger, ["backend", "ledger"]);
        yield return (config.Reports, ["reports"]);
    }

    private static (int? Line, int? Column) Parse(string at)
    {
        if (at.Length < 5)
        {
            return (null, null);
        }

        var parts = at.Trim('(', ')').Split(',');
        return (int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture));
    }
}
