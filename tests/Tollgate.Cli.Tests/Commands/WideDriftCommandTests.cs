using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Tollgate.Cli.Tests.Commands;

/// <summary>
/// <c>tollgate drift</c> on 50,000-column files through the real process, with a small memory budget so the
/// files are read in many column batches (the peak memory figures are in the benchmarks README, not here).
/// </summary>
[TestFixture]
[NonParallelizable]
public sealed class WideDriftCommandTests
{
    private string folder = null!;

    [SetUp]
    public void SetUp()
    {
        folder = Path.Combine(Path.GetTempPath(), "tollgate-wide-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(folder, true);

    [Test]
    public void Drift_over_50000_columns_in_column_batches_reports_every_column()
    {
        // Arrange: every 1,000th column of the current file is shifted.
        var reference = Write("ref.csv", 0, 1);
        var current = Write("cur.csv", 5, 2);

        // Act: 4 MiB per file holds ~1,900 of these 40-row columns, so about 27 batches.
        var (exit, stdout, stderr) = Run(reference, current, "4");

        // Assert: 50 of 50,000 columns drifted, far below the dataset share (0.3), so no dataset drift
        Assert.That(exit, Is.Zero, stderr);
        using var doc = JsonDocument.Parse(stdout);
        var columns = doc.RootElement.GetProperty("columns");
        Assert.That(columns.GetArrayLength(), Is.EqualTo(50_000));
        var drifted = columns.EnumerateArray().Where(c => c.GetProperty("drifted").GetBoolean()).Select(c => c.GetProperty("column").GetString()).ToList();
        Assert.That(drifted, Is.EquivalentTo(Enumerable.Range(0, 50).Select(i => $"c{i * 1000}")));
    }

    private (int Exit, string Out, string Err) Run(string reference, string current, string budgetMb)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Tollgate.Cli.dll"));
        foreach (var arg in new[] { "drift", "--reference", reference, "--current", current, "--json" })
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["TOLLGATE_DATA_BUDGET_MB"] = budgetMb;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        Assert.That(process.WaitForExit(300_000), Is.True, "drift finished");
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private string Write(string name, double shift, int seed)
    {
        const int Columns = 50_000;
        var random = new Random(seed);
        var path = Path.Combine(folder, name);
        var text = new StringBuilder(string.Join(',', Enumerable.Range(0, Columns).Select(i => $"c{i}"))).Append('\n');
        for (var r = 0; r < 40; r++)
        {
            text.AppendJoin(',', Enumerable.Range(0, Columns).Select(c => (random.NextDouble() + (c % 1000 == 0 ? shift : 0)).ToString("0.###", CultureInfo.InvariantCulture))).Append('\n');
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }
}
