using System.Globalization;
using Tollgate.Core.Data;
using Tollgate.Core.Errors;
using Tollgate.Core.Statistics;
using Tollgate.Core.Statistics.Drift;
using YamlDotNet.RepresentationModel;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>Reads the optional <c>drift:</c> section of tollgate.yml (settings and a per-column <c>schema:</c> map).</summary>
internal static class DriftConfigLoader
{
    public static (DriftOptions Options, Dictionary<string, ColumnKind> Schema) Load(string? path)
    {
        var options = new DriftOptions();
        var schema = new Dictionary<string, ColumnKind>(StringComparer.Ordinal);
        if (path is null)
        {
            return (options, schema);
        }

        if (!File.Exists(path))
        {
            throw new TollgateException(ErrorCodes.ConfigNotFound, $"Config file not found: {path}.", "Check the --config path.");
        }

        var yaml = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            yaml.Load(reader);
        }
        catch (YamlDotNet.Core.YamlException ex)
        {
            throw new TollgateException(ErrorCodes.ConfigInvalid, $"{path} line {ex.Start.Line}, column {ex.Start.Column}: {ex.Message}", "Fix the YAML syntax.", ex);
        }

        if (yaml.Documents.Count == 0 || yaml.Documents[0].RootNode is not YamlMappingNode root
            || !root.Children.TryGetValue(new YamlScalarNode("drift"), out var node) || node is not YamlMappingNode drift)
        {
            return (options, schema);
        }

        foreach (var (keyNode, valueNode) in drift.Children)
        {
            var key = ((YamlScalarNode)keyNode).Value!;
            if (key == "schema" && valueNode is YamlMappingNode map)
            {
                foreach (var (col, kind) in map.Children)
                {
                    schema[((YamlScalarNode)col).Value!] = DriftCliParsing.Kind(((YamlScalarNode)kind).Value!);
                }

                continue;
            }

            var value = (valueNode as YamlScalarNode)?.Value ?? throw Invalid(path, keyNode, $"'{key}' must be a scalar");
            options = Apply(options, key, value, path, keyNode);
        }

        return (options, schema);
    }

    private static DriftOptions Apply(DriftOptions o, string key, string value, string path, YamlNode node) => key switch
    {
        "alpha" => o with { Alpha = Number(value, path, node) },
        "adjust" => o with { Adjust = DriftCliParsing.Choice(value, "adjust", "none", "bonferroni", "holm", "bh") },
        "gate" => o with { Gate = DriftCliParsing.Choice(value, "gate", "p-value", "effect", "both", "interval") switch { "p-value" => DriftGate.PValue, "effect" => DriftGate.Effect, "interval" => DriftGate.Interval, _ => DriftGate.Both } },
        "ks_method" => o with { KsMethod = DriftCliParsing.Choice(value, "ks_method", "auto", "exact", "asymp", "exact-ties", "kolmogorov") switch { "exact" => KsMethod.Exact, "asymp" => KsMethod.Asymp, "exact-ties" => KsMethod.ExactTies, "kolmogorov" => KsMethod.Kolmogorov, _ => KsMethod.Auto } },
        "numeric_effect" => o with { NumericEffect = DriftCliParsing.Choice(value, "numeric_effect", "psi", "ks", "wasserstein", "jensen-shannon") },
        "numeric_effect_threshold" => o with { NumericEffectThreshold = Number(value, path, node) },
        "categorical_effect" => o with { CategoricalEffect = DriftCliParsing.Choice(value, "categorical_effect", "jensen-shannon", "psi") },
        "categorical_effect_threshold" => o with { CategoricalEffectThreshold = Number(value, path, node) },
        "bins" => o with { Bins = (int)Number(value, path, node) },
        "epsilon" => o with { Epsilon = Number(value, path, node) },
        "min_rows" => o with { MinRows = (int)Number(value, path, node) },
        "missing_rate_threshold" => o with { MissingRateThreshold = Number(value, path, node) },
        "drift_share_threshold" => o with { DriftShareThreshold = Number(value, path, node) },
        _ => throw Invalid(path, node, $"unknown drift setting '{key}'"),
    };

    private static double Number(string value, string path, YamlNode node) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : throw Invalid(path, node, $"'{value}' is not a number");

    private static TollgateException Invalid(string path, YamlNode node, string what) =>
        new(ErrorCodes.ConfigInvalid, $"{path} line {node.Start.Line}, column {node.Start.Column}: {what}.", "See docs/statistics.md for the drift settings.");
}
