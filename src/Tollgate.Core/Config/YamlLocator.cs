using YamlDotNet.RepresentationModel;

namespace Tollgate.Core.Config;

/// <summary>
/// Finds where a node of a YAML file starts, so checks made after deserialisation (gate expressions,
/// impossible thresholds) can still say file(line,column) like parse errors do.
/// </summary>
internal sealed class YamlLocator
{
    private readonly YamlNode? root;

    private YamlLocator(YamlNode? root) => this.root = root;

    public static YamlLocator Load(string path)
    {
        try
        {
            var stream = new YamlStream();
            using var reader = File.OpenText(path);
            stream.Load(reader);
            return new YamlLocator(stream.Documents.Count > 0 ? stream.Documents[0].RootNode : null);
        }
        catch (YamlDotNet.Core.YamlException)
        {
            return new YamlLocator(null);
        }
    }

    /// <summary>"(line,column)" of the node at <paramref name="path"/> (mapping keys and sequence indexes), or "" when absent.</summary>
    public string At(params object[] path)
    {
        var node = root;
        foreach (var step in path)
        {
            node = (node, step) switch
            {
                (YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var child) ? child : null,
                (YamlSequenceNode seq, int index) when index < seq.Children.Count => seq.Children[index],
                _ => null,
            };
        }

        return node is null ? "" : $"({node.Start.Line},{node.Start.Column})";
    }
}
