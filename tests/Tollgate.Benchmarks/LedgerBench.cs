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
/// Prints the load average before and after, since the figures mean little without it on a shared machine.
/// </summary>
internal static class LedgerBench
{
    private const int Runs = 7;

    public static int Run(string folder)
    {
        var cli = RepositoryRoot.Combine("src/Tollgate.Cli/bin/Release/net10.0/Tollgate.Cli.dll");
        Console.WriteLine("load average before: " + LoadAverage());
        var template = Path.Combine(folder, "project");
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        WriteProject(template);
        Cli(cli, template, "train", "--config", "tollgate.yml");
        Cli(cli, template, "pack", "--config", "tollgate.yml", "--artifact", "out/model");
        // 500 events already fill the live state (16 newest deployments and the live ones): the in-process peer that
        // separates "bigger live state than at 7 events" from "longer ledger".
        var sizes = new[] { 7, 50_000 };
        var prepared = new[] { 7, 500, 50_000 };
        foreach (var events in prepared)
        {
            var project = Path.Combine(folder, $"ledger-{events}");
            CopyDirectory(template, project);
            FillLedger(Path.Combine(project, ".tollgate/ledger.jsonl"), events);
            Cli(cli, project, "status"); // a command before: the checkpoint exists, as in a project in use
            CopyDirectory(Path.Combine(project, ".tollgate"), Path.Combine(folder, $"pristine-{events}"));
        }

        // The two sizes alternate run by run, so a change in the machine's load hits both alike; medians per size.
        var status = sizes.ToDictionary(n => n, _ => new List<double>());
        var promote = sizes.ToDictionary(n => n, _ => new List<double>());
        for (var run = 0; run < Runs; run++)
        {
            foreach (var events in sizes)
            {
                var project = Path.Combine(folder, $"ledger-{events}");
                status[events].Add(Cli(cli, project, "status"));
                Restore(Path.Combine(folder, $"pristine-{events}"), Path.Combine(project, ".tollgate"));
                promote[events].Add(Cli(cli, project, "promote", "-e", "sandbox", "--artifact", "out/model"));
            }
        }

        var inProcess = InProcess(folder, prepared);
        var times = sizes.ToDictionary(n => n, n => (Promote: Median(promote[n]), Status: Median(status[n])));
        var rows = sizes.Select(n => string.Create(CultureInfo.InvariantCulture, $"| {n:N0} | {times[n].Promote:F2} s | {times[n].Status:F2} s |")).ToList();
        var big = Path.Combine(folder, "ledger-50000/.tollgate/ledger.jsonl");
        var verified = new LedgerFile(big).Verify(); // warm: JIT and page cache, as a second run of the command would find them
        var verifyRate = verified / Median(Runs, () =>
        {
            var watch = Stopwatch.StartNew();
            new LedgerFile(big).Verify();
            return watch.Elapsed.TotalSeconds;
        });
        var checkpoint = new FileInfo(new LedgerFile(big).CheckpointPath).Length;
        var cliVerify = Median(3, () => Cli(cli, Path.Combine(folder, "ledger-50000"), "ledger", "verify"));
        Console.WriteLine("| ledger events | promote (CLI process) | status (CLI process) |");
        Console.WriteLine("|---:|---:|---:|");
        rows.ForEach(Console.WriteLine);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ratio 50,000 / 7: promote {times[50_000].Promote / times[7].Promote:F2}x, status {times[50_000].Status / times[7].Status:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ledger work alone, in process (median of {InProcessRuns}): status {inProcess[7].Status * 1000:F2} ms vs {inProcess[50_000].Status * 1000:F2} ms = {inProcess[50_000].Status / inProcess[7].Status:F2}x; "
            + $"promotion's appends {inProcess[7].Promote * 1000:F2} ms vs {inProcess[50_000].Promote * 1000:F2} ms = {inProcess[50_000].Promote / inProcess[7].Promote:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  same, 50,000 / 500 events (live state already full at 500): status {inProcess[500].Status * 1000:F2} ms vs {inProcess[50_000].Status * 1000:F2} ms = {inProcess[50_000].Status / inProcess[500].Status:F2}x; "
            + $"appends {inProcess[500].Promote * 1000:F2} ms vs {inProcess[50_000].Promote * 1000:F2} ms = {inProcess[50_000].Promote / inProcess[500].Promote:F2}x"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"ledger verify of {verified:N0} events: {verifyRate:N0} events/s in process (median of {Runs}); CLI process {cliVerify:F2} s = {verified / cliVerify:N0} events/s with start-up"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"checkpoint at {verified:N0} events: {checkpoint:N0} bytes; ledger {new FileInfo(big).Length:N0} bytes"));
        Console.WriteLine("load average after: " + LoadAverage());
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

    private const int InProcessRuns = 21;

    /// <summary>
    /// The ledger's share of the two commands without process start-up, each run on fresh instances as a new process
    /// would: status reads every environment's current deployment; a promotion creates a deployment and records
    /// in_progress and success. Sizes alternate; .tollgate is restored (untimed) before each promotion.
    /// </summary>
    private static Dictionary<int, (double Promote, double Status)> InProcess(string folder, int[] sizes)
    {
        var status = sizes.ToDictionary(n => n, _ => new List<double>());
        var promote = sizes.ToDictionary(n => n, _ => new List<double>());
        // Run -1 warms the JIT for every size and is not counted.
        for (var run = -1; run < InProcessRuns; run++)
        {
            foreach (var events in sizes)
            {
                var state = Path.Combine(folder, $"ledger-{events}/.tollgate");
                Restore(Path.Combine(folder, $"pristine-{events}"), state);
                var ledger = Path.Combine(state, "ledger.jsonl");
                var watch = Stopwatch.StartNew();
                var reader = new LocalEnvironmentBackend(new LedgerFile(ledger));
                var current = new[] { "sandbox", "staging" }.Select(e => reader.GetCurrentAsync(e, CancellationToken.None).GetAwaiter().GetResult()).ToList();
                var statusTime = watch.Elapsed.TotalSeconds;
                watch.Restart();
                var backend = new LocalEnvironmentBackend(new LedgerFile(ledger));
                var request = new DeploymentRequest
                {
                    Environment = "sandbox", Model = new ModelRef("cli-model", "9.9.9", "sha256:" + new string('9', 64)), Commit = "0000000",
                    Actor = new Actor("bench"), ExpectedCurrentDeploymentId = current[0]?.Id ?? DeploymentRequest.NoCurrent,
                };
                var created = backend.CreateDeploymentAsync(request, CancellationToken.None).GetAwaiter().GetResult();
                backend.SetStatusAsync(created.Id, DeploymentState.InProgress, "rolling out", CancellationToken.None).GetAwaiter().GetResult();
                backend.SetStatusAsync(created.Id, DeploymentState.Success, "live", CancellationToken.None).GetAwaiter().GetResult();
                if (run >= 0)
                {
                    status[events].Add(statusTime);
                    promote[events].Add(watch.Elapsed.TotalSeconds);
                }
            }
        }

        return sizes.ToDictionary(n => n, n => (Median(promote[n]), Median(status[n])));
    }

    private static string LoadAverage() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

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

    /// <summary>
    /// Puts the pristine .tollgate back (untimed) and lets one read re-stamp the checkpoint: a copied ledger is a new file,
    /// whose first read is a full one (the checkpoint records the ledger file's identity), as after a checkout. A project
    /// in use is past that read, so the timed command starts from a checkpoint of this very file.
    /// </summary>
    private static void Restore(string pristine, string state)
    {
        CopyDirectory(pristine, state);
        new LedgerFile(Path.Combine(state, "ledger.jsonl")).ReadState();
    }

    private static void CopyDirectory(string from, string to)
    {
        if (Directory.Exists(to))
        {
            Directory.Delete(to, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);

            // Untimed: flush the copy, so the timed command's fsync does not pay for writing a freshly copied 22 MB ledger.
            using var copy = new FileStream(target, FileMode.Open, FileAccess.ReadWrite);
            copy.Flush(flushToDisk: true);
        }

        Directory.CreateDirectory(to);
    }
}
