using System.Globalization;

namespace Tollgate.Cli;

/// <summary>How wide human output may be: <c>COLUMNS</c> when set, the terminal's width, or unlimited when redirected.</summary>
internal static class ConsoleWidth
{
    public static int? Limit() => Limit(Environment.GetEnvironmentVariable, Console.IsOutputRedirected, () => Console.WindowWidth);

    /// <remarks>Redirected output (CI logs, files) has no width: wrapping there only breaks words and columns.</remarks>
    public static int? Limit(Func<string, string?> environment, bool redirected, Func<int> terminalWidth)
    {
        if (int.TryParse(environment("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0)
        {
            return columns;
        }

        if (redirected)
        {
            return null;
        }

        try
        {
            return terminalWidth() is > 0 and var width ? width : null;
        }
        catch (IOException)
        {
            return null; // no console attached after all
        }
    }
}
