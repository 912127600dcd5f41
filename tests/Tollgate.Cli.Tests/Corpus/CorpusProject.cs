using System.Text;

namespace Tollgate.Cli.Tests.Corpus;

/// <summary>A copy of the healthy sample project (trained, packed, promoted to sandbox) that one case may spoil.</summary>
public sealed class CorpusProject(string path)
{
    public string Path { get; } = path;

    public string Combine(string relative) => System.IO.Path.Combine(Path, relative);

    public void Write(string relative, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Combine(relative))!);
        File.WriteAllText(Combine(relative), text);
    }

    public void WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Combine(relative))!);
        File.WriteAllBytes(Combine(relative), bytes);
    }

    public void Edit(string relative, Func<string, string> edit) => File.WriteAllText(Combine(relative), edit(File.ReadAllText(Combine(relative))));

    /// <summary>Appends lines to tollgate.yml (top-level keys) or replaces one text in it.</summary>
    public void Config(string from, string to) => Edit("tollgate.yml", s => s.Replace(from, to, StringComparison.Ordinal));

    public void Spec(string from, string to) => Edit("training.yml", s => s.Replace(from, to, StringComparison.Ordinal));

    /// <summary>Replaces cell (row, column) of data.csv, both 1-based, row 1 being the header.</summary>
    public void Cell(int row, int column, string value) => Edit("data.csv", s =>
    {
        var lines = s.Split('\n');
        var cells = lines[row - 1].Split(',');
        cells[column - 1] = value;
        lines[row - 1] = string.Join(',', cells);
        return string.Join('\n', lines);
    });

    public string Nupkg => Directory.GetFiles(Combine("out/feed"), "*.nupkg").Single();

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
