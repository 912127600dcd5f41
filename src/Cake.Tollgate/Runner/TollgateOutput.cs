using System.Text.Json;

namespace Cake.Tollgate.Runner;

/// <summary>
/// Reads the one document <c>tollgate … --json</c> writes to stdout: <c>{"ok": …, "exitCode": …, …}</c>. A result
/// becomes a typed record; an error document (<c>"error": {code, message, fix}</c>) or a failed check becomes a
/// <see cref="TollgateCommandException"/> carrying the code, the fix and, for gates, the report.
/// </summary>
public static class TollgateOutput
{
    /// <summary>Gate failure code (the CLI's TOLLGATE0401), used for a failed validate verdict, which carries no error object.</summary>
    public const string GateFailedCode = "TOLLGATE0401";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    /// <summary>Reads the document.</summary>
    /// <typeparam name="T">The result record.</typeparam>
    /// <param name="command">The command words, for messages (e.g. <c>promote</c>).</param>
    /// <param name="exitCode">The CLI's exit code.</param>
    /// <param name="stdout">The CLI's stdout lines.</param>
    /// <param name="throwOnFailedCheck">False: a failed check without an error object (exit 1) is returned, not thrown.</param>
    /// <returns>The result.</returns>
    public static T Read<T>(string command, int exitCode, IEnumerable<string> stdout, bool throwOnFailedCheck = true)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(stdout);
        var text = string.Join('\n', stdout);
        var start = text.IndexOf('{', StringComparison.Ordinal);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(start < 0 ? "" : text[start..]);
        }
        catch (JsonException ex)
        {
            if (exitCode != 0)
            {
                throw new TollgateCommandException(command, exitCode, null, $"tollgate {command} failed with exit code {exitCode}; its error is in the log above.", null, null, null);
            }

            throw new CakeException(2, $"error {TollgateErrorCodes.CliOutputUnreadable}: tollgate {command} succeeded but its --json output is not a JSON document ({ex.Message}).\n"
                + "  fix: use a Tollgate.Cli of the same version as Cake.Tollgate (#tool / tool manifest), and make sure nothing else writes to its stdout.", ex);
        }

        using (document)
        {
            var root = document.RootElement;
            var isError = root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object;
            if (exitCode == 0 || (exitCode == 1 && !isError && !throwOnFailedCheck))
            {
                return root.Deserialize<T>(Options) ?? throw new CakeException(2, $"error {TollgateErrorCodes.CliOutputUnreadable}: tollgate {command} wrote an empty document.");
            }

            var verdict = Text(root, "verdict");
            throw new TollgateCommandException(
                command,
                exitCode,
                isError ? Text(error, "code") : verdict == "fail" ? GateFailedCode : null,
                isError ? Text(error, "message") ?? "failed" : $"the check failed{(Text(root, "summary") is { } summary ? $": {summary}" : "")}",
                isError ? Text(error, "fix") : null,
                verdict,
                Text(root, "report"));
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
