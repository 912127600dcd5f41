using System.Text.RegularExpressions;

namespace Tollgate.Core.Config;

/// <summary>Finds, parses and validates <c>tollgate.yml</c>.</summary>
public static partial class ConfigLoader
{
    /// <summary>Loads <paramref name="path"/>, or the nearest tollgate.yml at or above <paramref name="startDirectory"/>.</summary>
    public static TollgateConfig Load(string? path, string? startDirectory = null)
    {
        var full = Locate(path, startDirectory);
        var text = ConfigText.Read(full);
        var json = ConfigSchema.Parse(full, text);
        TollgateConfig config;
        try
        {
            config = YamlFile.Deserialize<TollgateConfig>(full, text, ErrorCodes.ConfigInvalid);
        }
        catch (TollgateException ex) when (!ex.Message.Contains("unknown key", StringComparison.Ordinal))
        {
            ConfigSchema.Validate(full, json); // the schema names a wrong type by its key and expected type
            throw;
        }

        config.SourcePath = full;
        config.BaseDirectory = Path.GetDirectoryName(config.SourcePath)!;

        // Specific checks first (they know the codes and fixes), then the schema as the net for everything else.
        try
        {
            Validate(config);
        }
        catch (TollgateException ex) when (ex.File is null && ex.GetType() == typeof(TollgateException))
        {
            throw Located(ex, full);
        }

        ConfigSchema.Validate(full, json);
        ConfigSemantics.Check(config, json, YamlLocator.Load(config.SourcePath));
        return config;
    }

    /// <summary>
    /// The full path of the tollgate.yml <see cref="Load"/> would read, without reading it: for commands that only need
    /// the project folder (where <c>.tollgate/</c> lives), so they do not parse and validate YAML they never use.
    /// </summary>
    /// <exception cref="TollgateException">TOLLGATE code <see cref="ErrorCodes.ConfigNotFound"/> when there is none.</exception>
    internal static string Locate(string? path, string? startDirectory = null)
    {
        var file = path ?? Find(startDirectory ?? Directory.GetCurrentDirectory());
        if (!File.Exists(file))
        {
            throw new TollgateException(ErrorCodes.ConfigNotFound, $"Configuration file '{file}' does not exist.", "Pass --config PATH or create tollgate.yml at the repository root (see README).");
        }

        return Path.GetFullPath(file);
    }

    private static string Find(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(start)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, TollgateConfig.FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new TollgateException(ErrorCodes.ConfigNotFound, $"No {TollgateConfig.FileName} found in '{start}' or any parent folder.", "Pass --config PATH or create tollgate.yml at the repository root (see README).");
    }

    private static void Validate(TollgateConfig config)
    {
        var where = config.SourcePath;
        var locate = YamlLocator.Load(config.SourcePath);
        if (!ModelName().IsMatch(config.Model.Name))
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid, $"{where}: model.name '{config.Model.Name}' is missing or invalid.", "Use lowercase letters, digits, '.', '_' or '-', e.g. churn-classifier.");
        }

        if (config.Environments.Count == 0)
        {
            config.Environments = [new() { Name = "sandbox" }, new() { Name = "staging" }, new() { Name = "production" }];
        }

        var duplicate = config.Environments.GroupBy(e => e.Name).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid, $"{where}: environment '{duplicate.Key}' is declared twice.", "Give each environment a unique name.");
        }

        if (config.Backend.Kind is not ("auto" or "local" or "git" or "github"))
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid, $"{where}: backend.kind '{config.Backend.Kind}' is unknown.", "Use 'auto', 'local', 'git' or 'github'.");
        }

        ImpossibleThresholds.CheckDrift(config.Drift, $"{where}{locate.At("drift")}: top-level");
        foreach (var environment in config.Environments)
        {
            ValidateStrategy(environment, $"{where}{locate.At("environments", config.Environments.IndexOf(environment), "strategy")}");
        }

        foreach (var environment in config.Environments)
        {
            for (var i = 0; i < environment.Gates.Count; i++)
            {
                var gate = environment.Gates[i];
                var at = $"{where}{locate.At("environments", config.Environments.IndexOf(environment), "gates", i)}: environments[{environment.Name}].gates[{i}]";
                switch (Gates.GateFactory.KindOf(gate, at))
                {
                    case "metric": ImpossibleThresholds.CheckMetric(Gates.MetricExpression.Parse(gate.Metric!, at), at); break;
                    case "baseline": Gates.BaselineInterval.Validate(gate, Gates.BaselineExpression.Parse(gate.Baseline!, at), at); break;
                    case "drift": ImpossibleThresholds.CheckDrift(gate.Drift!, at); break;
                    case "performance" or "fairness" or "robustness" or "parity": Gates.GateOptionsValidator.Validate(gate, at); break;
                }
            }
        }
    }

    private static void ValidateStrategy(EnvironmentSection environment, string where)
    {
        var strategy = environment.Strategy;
        var at = $"{where}: environments[{environment.Name}].strategy";
        if (strategy.Kind is not ("direct" or "canary" or "blue-green" or "shadow"))
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid, $"{at}.kind '{strategy.Kind}' is unknown.", "Use direct, canary, blue-green or shadow.");
        }

        if (strategy.Kind == "shadow" && (string.IsNullOrWhiteSpace(strategy.Mirror) || strategy.MinAgreement is <= 0 or > 1))
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid, $"{at}: shadow needs mirror (JSON lines of mirrored requests) and 0 < minAgreement <= 1.", "Add e.g. mirror: logs/mirrored.jsonl, minAgreement: 0.95.");
        }

        var steps = strategy.Steps;
        if (strategy.Kind == "canary" && (steps.Count == 0 || steps[^1] != 100 || steps.Any(s => s <= 0) || steps.Zip(steps.Skip(1)).Any(p => p.Second <= p.First)))
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid, $"{at}.steps [{string.Join(", ", steps)}] must rise strictly and end at 100.", "Use e.g. [10, 50, 100].");
        }

        foreach (var threshold in strategy.Health?.Thresholds ?? [])
        {
            Gates.MetricExpression.Parse(threshold, $"{at}.health.thresholds");
        }

        CanaryJudgeValidator.Validate(strategy, at);
    }

    // The checks above write "file(line,col): …" into the message; front ends need the location as data too.
    private static TollgateException Located(TollgateException ex, string file)
    {
        var match = Location().Match(ex.Message);
        if (!ex.Message.StartsWith(file, StringComparison.Ordinal))
        {
            return ex;
        }

        return new TollgateException(ex.Code, ex.Message, ex.Hint, ex.InnerException)
        {
            File = file,
            Line = match.Success ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
            Column = match.Success ? int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
        };
    }

    [GeneratedRegex(@"^[^\n]*?\((\d+),(\d+)\)")]
    private static partial Regex Location();

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{0,99}$")]
    private static partial Regex ModelName();
}
