using System.Diagnostics;
using System.Globalization;
using System.Text;
using Tollgate.Core.Environments;
using Tollgate.Core.Ledger;
using Tollgate.Core.Tests.Support;
using Tollgate.TestSupport;

namespace Tollgate.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release -- ledger [folder]</c>: one promotion and one <c>status</c> through the real CLI process with a
/// 7-event and a 50,000-event ledger (median of runs), and <c>ledger verify</c> events/s (in process and whole CLI).
/// </summary>
internal static class LedgerBench
{
    private const int Runs = 5;

    public static int Run(string folder)
    {
        var cli = RepositoryRoot.Combine("src/Tollgate.Cli/bin/Release/net10.0/Tollgate.Cli.dll");
        var template = Path.Combine(folder, "project");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        WriteProject(template);
        Cli(cli, template, "train", "--config", "tollgate.yml");
        Cli(cli, template, "pack", "--config", "tollgate.yml", "--artifact", "out/model");
        var rows = new List<string>();
        var times = new Dictionary<int, (double Promote, double Status)>();
        foreach (var events in new[] { 7, 50_000 })
        {
            var project = Path.Combine(folder, $"ledger-{events}");
            CopyDirectory(template, project);
            var ledger = Path.Combine(project, ".tollgate/ledger.jsonl");
            FillLedger(ledger, events);
            Cli(cli, project, "status"); // a command before: the checkpoint exists, as in a project in use
            var pristine = Path.Combine(folder, $"pristine-{events}");
            CopyDirectory(Path.Combine(project, ".tollgate"), pristine);
            var status = Median(Runs, () => Cli(cli, project, "status"));
            var promote = Median(Runs, () =>
            {
                CopyDirectory(pristine, Path.Combine(project, ".tollgate"));
                return Cli(cli, project, "promote", "-e", "sandbox", "--artifact", "out/model");
            });
            times[events] = (promote, status);
            rows.Add($"| {events:N0} | {promote:F2} s | {status:F2} s |");
        }

        var big = Path.Combine(folder, "ledger-50000/.tollgate/ledger.jsonl");
        var watch = Stopwatch.StartNew();
        var verified = new LedgerFile(big).Verify();
        var inProcess = verified / watch.Elapsed.TotalSeconds;
        var cliVerify = Median(3, () => Cli(cli, Path.Combine(folder, "ledger-50000"), "ledger", "verify"));
        Console.WriteLine("| ledger events | promote (CLI process) | status (CLI process) |");
        Console.WriteLine("|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio 50,000 / 7: promote {times[50_000].Promote / times[7].Promote:F2}x, status {times[50_000].Status / times[7].Status:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ledger verify of {verified:N0} events: {inProcess:N0} events/s in process; CLI process {cliVerify:F2} s = {verified / cliVerify:N0} events/s with start-up"));
        return 0;
    }

    /// <summary>History in sandbox: deployments that went live then inactive, and failed ones; nothing live, so promote creates one.</summary>
    private static void FillLedger(string path, int count)
    {
        var triples = count % 2 == 1 ? 1 : 2;
        var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var events = new List<LedgerEvent>();
        var id = 0;
        while (events.Count < count)
        {
            id++;
            var name = id.ToString(CultureInfo.InvariantCulture);
            var request = new DeploymentRequest
            {
                Environment = "sandbox",
                Model = new ModelRef("cli-model", $"0.0.{id}", "sha256:" + id.ToString("x64", CultureInfo.InvariantCulture)),
                Commit = "0000000",
                Actor = new Actor("bench"),
            };
            events.Add(Event(LedgerEvent.Created, name, at, request: request));
            events.Add(Event(LedgerEvent.Status, name, at, id <= triples ? DeploymentState.Success : DeploymentState.Failure));
            if (id <= triples)
            {
                events.Add(Event(LedgerEvent.Status, name, at, DeploymentState.Inactive));
            }
        }

        new LedgerFile(path).Append(_ => events);
    }

    private static LedgerEvent Event(string type, string id, DateTimeOffset at, DeploymentState? state = null, DeploymentRequest? request = null) =>
        new() { Seq = 0, Prev = "", Type = type, At = at, DeploymentId = id, State = state, Request = request };

    private static double Median(int runs, Func<double> run) => Enumerable.Range(0, runs).Select(_ => run()).Order().ElementAt(runs / 2);

    /// <summary>Runs the CLI in <paramref name="directory"/>; returns the wall time of the whole process in seconds.</summary>
    private static double Cli(string cli, string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var seconds = watch.Elapsed.TotalSeconds;
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"tollgate {string.Join(' ', args)} exited {process.ExitCode}: {error}{output.Result}");
        }

        return seconds;
    }

    private static void WriteProject(string root) =>
        SampleProject.WriteSmall(root, "model:\n  name: cli-model\n  training: training.yml\n  output: out/model\npackage:\n  feed: out/feed\nbackend:\n  kind: local\nenvironments:\n  - name: sandbox\n  - name: staging\n");

    private static void CopyDirectory(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        FolderCopy.Copy(from, to);
    }
}
