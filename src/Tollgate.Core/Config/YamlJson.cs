using System.Globalization;
using System.Text.Json.Nodes;
using YamlDotNet.RepresentationModel;

namespace Tollgate.Core.Config;

/// <summary>
/// A YAML document as JSON (YAML 1.2 core schema: plain scalars that read as numbers or booleans are numbers or
/// booleans), plus where each JSON path starts in the file, so schema errors can say file(line,column).
/// </summary>
internal sealed class YamlJson
{
    private readonly Dictionary<string, (int Line, int Column)> positions = new(StringComparer.Ordinal);

    private YamlJson()
    {
    }

    public JsonNode? Root { get; private set; }

    public static YamlJson From(YamlNode root)
    {
        var result = new YamlJson();
        result.Root = result.Convert(root, "$");
        return result;
    }

    /// <summary>The position of the longest known prefix of <paramref name="jsonPath"/>.</summary>
    public (int Line, int Column)? Locate(string jsonPath)
    {
        for (var path = jsonPath; path.Length > 0; path = Parent(path))
        {
            if (positions.TryGetValue(path, out var at))
            {
                return at;
            }
        }

        return null;
    }

    private static string Parent(string path)
    {
        var cut = Math.Max(path.LastIndexOf('.'), path.LastIndexOf('['));
        return cut <= 0 ? "" : path[..cut];
    }

    private JsonNode? Convert(YamlNode node, string path)
    {
        positions[path] = ((int)node.Start.Line, (int)node.Start.Column);
        switch (node)
        {
            case YamlMappingNode map:
                var obj = new JsonObject();
                foreach (var (key, value) in map.Children)
                {
                    var name = (key as YamlScalarNode)?.Value ?? key.ToString();
                    var child = $"{path}.{name}";
                    obj[name] = Convert(value, child);
                    positions[child] = ((int)key.Start.Line, (int)key.Start.Column); // unknown keys point at the key
                }

                return obj;
            case YamlSequenceNode seq:
                return new JsonArray([.. seq.Children.Select((c, i) => Convert(c, $"{path}[{i}]"))]);
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when s.Value is null or "" or "~" or "null":
                return null;
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d):
                return d;
            case YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } s:
                return s.Value == "true";
            case YamlScalarNode s:
                return s.Value;
            default:
                return null;
        }
    }
}
