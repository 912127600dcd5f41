using System.Globalization;
using System.Text.Json.Nodes;
using Tollgate.Core.Util;
using YamlDotNet.RepresentationModel;

namespace Tollgate.Core.Tests.Config;

/// <summary>The published tollgate.yml schema accepts the shipped config and catches what the loader catches.</summary>
public class ConfigSchemaTests
{
    private static IReadOnlyList<string> Validate(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var json = ToJson(stream.Documents[0].RootNode)!;
        using var doc = System.Text.Json.JsonDocument.Parse(json.ToJsonString());
        return JsonSchemaValidator.FromEmbedded("tollgate.config.v1.schema.json").Validate(doc.RootElement);
    }

    // YAML 1.2 core schema: plain scalars that read as numbers or booleans are numbers or booleans.
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToJson(kv.Value)))),
        YamlSequenceNode seq => new JsonArray([.. seq.Children.Select(ToJson)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } s when double.TryParse(s.Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: "true" or "false" } s => s.Value == "true",
        YamlScalarNode s => s.Value,
        _ => null,
    };

    [Test]
    public void The_shipped_tollgate_yml_follows_the_schema()
    {
        Assert.That(Validate(File.ReadAllText(RepositoryRoot.Combine("tollgate.yml"))), Is.Empty);
    }

    [Test]
    public void A_typo_and_a_wrong_type_are_reported_with_their_paths()
    {
        var errors = Validate("model:\n  name: m\nenvironments:\n  - name: staging\n    gates:\n      - drift: { reference: a, current: b, treshold: 0.3 }\n    strategy: { kind: canary, steps: fast }\n");
        Assert.That(errors, Has.Some.Contains("$.environments[0].gates[0].drift.treshold: unknown property"));
        Assert.That(errors, Has.Some.Contains("$.environments[0].strategy.steps: expected array"));
    }
}
