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

    /// <summary>
    /// As <see cref="Write{T}"/> for an object with many fields (a 50,000-column drift report): streamed to stdout in
    /// chunks, never held as one document or string. Same bytes as <see cref="Render{T}"/>: the envelope's first two
    /// fields, then the object's own fields at the same indentation.
    /// </summary>
    public static void WriteStreamed<T>(T value, int exitCode)
    {
        var output = Console.Out;
        output.Write($"{{{output.NewLine}  \"ok\": {(exitCode == 0 ? "true" : "false")},{output.NewLine}  \"exitCode\": {exitCode},");
        using (var stream = new SkipFirstByteStream(new TextWriterStream(output)))
        {
            JsonSerializer.Serialize(stream, value, JsonDefaults.Indented);
        }

        output.WriteLine();
    }

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
