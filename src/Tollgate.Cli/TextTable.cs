using System.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Tollgate.Cli;

/// <summary>
/// A table for humans that stays readable in CI logs: drawn at its natural width when that fits the width limit
/// (<c>COLUMNS</c>, else the terminal; none when output is redirected), otherwise one block per row with one
/// <c>header: value</c> line per cell. Values are never wrapped mid-word, whatever the width.
/// </summary>
internal sealed class TextTable(params string[] headers)
{
    private readonly List<string[]> rows = [];

    public TextTable AddRow(params string[] cells)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(cells.Length, headers.Length);
        rows.Add(cells);
        return this;
    }

    /// <summary>Renders for a width limit; null means unlimited.</summary>
    public string Render(int? maxWidth)
    {
        var table = Grid();
        return maxWidth is null || Width(table) <= maxWidth ? table : Blocks();
    }

    public void Write(TextWriter output) => output.Write(Render(ConsoleWidth.Limit()));

    private static int Width(string text) => text.Split('\n').Max(line => line.TrimEnd().Length);

    private string Grid()
    {
        var table = new Table().AddColumns(headers.Select(h => new TableColumn(Markup.Escape(h)).NoWrap()).ToArray());
        foreach (var row in rows)
        {
            table.AddRow(row.Select(c => (IRenderable)new Text(c)).ToArray());
        }

        using var writer = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Out = new AnsiConsoleOutput(writer),
            Interactive = InteractionSupport.No,
        });
        console.Profile.Width = 100_000; // natural width: the caller decides whether it fits
        console.Profile.Capabilities.Unicode = true;
        console.Write(table);
        return string.Join('\n', writer.ToString().Split('\n').Select(l => l.TrimEnd()));
    }

    private string Blocks()
    {
        var pad = headers.Max(h => h.Length) + 1;
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            for (var i = 0; i < headers.Length; i++)
            {
                text.Append(i == 0 ? "" : "  ").Append((headers[i] + ":").PadRight(pad + 1)).Append(row[i]).Append('\n');
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
