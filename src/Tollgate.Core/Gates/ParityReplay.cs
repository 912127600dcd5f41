using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.ML;
using Microsoft.ML.Data;
using Tollgate.Core.Config;
using Tollgate.Core.Training;

namespace Tollgate.Core.Gates;

/// <summary>Replays logged production requests (JSON lines of input columns) through both models and compares predictions.</summary>
internal static class ParityReplay
{
    public static JsonObject Run(GateData data, string path, ITransformer candidate, ITransformer baseline, ParityGateSection o, List<string> failed)
    {
        if (!File.Exists(path))
        {
            throw new TollgateException(ErrorCodes.GateInputInvalid, $"parity gate: replay file '{path}' does not exist.", "Point 'replay' at a JSON lines file of logged requests (relative to tollgate.yml).");
        }

        var rows = Read(data, path);
        var c = data.Predict(candidate, data.Holdout.With(rows));
        var b = data.Predict(baseline, data.Holdout.With(rows));
        string F(double v) => v.ToString("0.####", CultureInfo.InvariantCulture);
        var differing = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            var same = data.IsClassification ? c.Labels[i] == b.Labels[i] : o.Margin is not { } m || Math.Abs(c.Scores[i] - b.Scores[i]) <= m;
            if (!same)
            {
                differing.Add(i + 1);
            }
        }

        var agreement = rows.Count == 0 ? 1 : 1 - (differing.Count / (double)rows.Count);
        var result = new JsonObject
        {
            ["file"] = path,
            ["requests"] = rows.Count,
            ["agreement"] = agreement,
            ["differingLines"] = new JsonArray([.. differing.Take(20).Select(l => (JsonNode?)l)]),
        };
        if (!data.IsClassification)
        {
            var diffs = Enumerable.Range(0, rows.Count).Select(i => Math.Abs(c.Scores[i] - b.Scores[i])).DefaultIfEmpty(0).ToList();
            result["meanAbsDifference"] = diffs.Average();
            result["maxAbsDifference"] = diffs.Max();
        }

        if (o.MinAgreement is { } min && agreement < min)
        {
            failed.Add($"replay of {rows.Count} requests: agreement {F(agreement)} < {F(min)} (lines {string.Join(", ", differing.Take(5))}{(differing.Count > 5 ? ", ..." : "")})");
        }

        return result;
    }

    private static List<object[]> Read(GateData data, string path)
    {
        var schema = data.Holdout.Schema;
        var rows = new List<object[]>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            JsonObject request;
            try
            {
                request = JsonNode.Parse(line) as JsonObject ?? throw new JsonException("not an object");
            }
            catch (JsonException ex)
            {
                throw new TollgateException(ErrorCodes.GateInputInvalid, $"{path}:{number}: not a JSON object ({ex.Message}).", "Write one JSON object of input columns per line.");
            }

            rows.Add([.. schema.Select(column => Value(request, column, data.Spec, path, number))]);
        }

        return rows;
    }

    private static object Value(JsonObject request, DataViewSchema.Column column, TrainingSpec spec, string path, int line)
    {
        var key = column.Name == TrainingDataLoader.LabelColumn ? spec.Label : column.Name;
        var node = request[key];
        if (column.Type == BooleanDataViewType.Instance)
        {
            return node is JsonValue v && (v.TryGetValue<bool>(out var flag) ? flag : v.ToString() is "1" or "true");
        }

        if (column.Type == NumberDataViewType.Single)
        {
            if (node is null) { return float.NaN; }
            if (node is JsonValue v && (v.TryGetValue<double>(out var d) || double.TryParse(v.ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out d)))
            {
                return (float)d;
            }

            throw new TollgateException(ErrorCodes.GateInputInvalid, $"{path}:{line}: '{key}' must be a number, got {node.ToJsonString()}.", "Log numeric inputs as JSON numbers (or null when missing).");
        }

        return (node is JsonValue s && s.TryGetValue<string>(out var text) ? text : node?.ToJsonString() ?? "").AsMemory();
    }
}
