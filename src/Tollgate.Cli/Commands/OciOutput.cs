namespace Tollgate.Cli.Commands;

/// <summary>Writes a command result as JSON (with --json) or as short human lines; results never hold secrets.</summary>
internal static class OciOutput
{
    public static void Write<T>(bool json, T result, params string[] lines)
    {
        if (json)
        {
            CliContext.WriteJson(result);
            return;
        }

        foreach (var line in lines)
        {
            Console.Out.WriteLine(line);
        }
    }
}
