using System.Text.Json;
using System.Text.Json.Nodes;
using Tollgate.Core.Util;

namespace Tollgate.Cli;

/// <summary>
/// The one document a command writes to stdout under <c>--json</c>: <c>"ok"</c> and <c>"exitCode"</c> first, then the
/// command's own fields. Errors use the same two fields (<see cref="ErrorOutput"/>), so a caller checks <c>ok</c> first.
/// </summary>
internal static class JsonOutput
{
    /// <summary>Writes <paramref name="value"/> with <c>"ok": exitCode == 0</c>; a list becomes the <paramref name="listName"/> field.</summary>
    public static void Write<T>(T value, int exitCode = 0, string listName = "items") => Console.Out.WriteLine(Render(value, exitCode, listName));

    public static string Render<T>(T value, int exitCode = 0, string listName = "items")
    {
        var document = new JsonObject { ["ok"] = exitCode == 0, ["exitCode"] = exitCode };
        switch (JsonSerializer.SerializeToNode(value, JsonDefaults.Indented))
        {
            case JsonObject fields:
                foreach (var (name, field) in fields.ToList())
                {
                    fields.Remove(name);
                    document[name] = field;
                }

                break;
            case { } other:
                document[listName] = other;
                break;
        }

        return document.ToJsonString(JsonDefaults.Indented);
    }
}
