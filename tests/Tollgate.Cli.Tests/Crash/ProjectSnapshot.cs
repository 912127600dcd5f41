using System.IO.Compression;
using System.Security.Cryptography;
using Tollgate.Core.Environments;
using Tollgate.Core.Ledger;

namespace Tollgate.Cli.Tests.Crash;

/// <summary>
/// Everything a command leaves in a project, in a form two runs can be compared by: every file (by content, or only by
/// presence when it carries the time it was written), every deployment and audit record of the ledger (without times),
/// and the temp files found.
/// </summary>
internal sealed record ProjectSnapshot(IReadOnlyList<string> Files, IReadOnlyList<string> Deployments, IReadOnlyList<string> Audit, IReadOnlyList<string> TempFiles)
{
    /// <summary>What runs where, and every deployment left queued or in progress (the state, without the history).</summary>
    public IReadOnlyList<string> Live { get; init; } = [];

    public const string Ledger = ".tollgate/ledger.jsonl";

    public const string Checkpoint = ".tollgate/ledger.checkpoint.json";

    public static ProjectSnapshot Take(string root)
    {
        var files = new List<string>();
        var temp = new List<string>();
        var layouts = new Dictionary<string, LayoutSnapshot>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.StartsWith(".tollgate/tmp/", StringComparison.Ordinal) || relative.EndsWith(".tmp", StringComparison.Ordinal))
            {
                temp.Add(relative);
                continue;
            }

            if (relative == Checkpoint)
            {
                // A derived cache of the ledger, rebuilt whenever it does not match: where a run left it does not matter.
                continue;
            }

            if (LayoutSnapshot.Describe(root, relative, layouts) is { } line)
            {
                files.Add(line); // attestation referrers carry the time of their promotion
                continue;
            }

            var info = new FileInfo(path);
            files.Add(Timestamped(relative)
                ? $"{relative} ({(info.Length > 0 ? "non-empty" : "EMPTY")})"
                : $"{relative} {ContentHash(path)[..16]}");
        }

        temp.AddRange(Directory.EnumerateDirectories(root, "*", SearchOption.AllDirectories)
            .Select(d => Path.GetRelativePath(root, d).Replace('\\', '/'))
            .Where(d => d.StartsWith(".tollgate/tmp/", StringComparison.Ordinal)));
        var events = File.Exists(Path.Combine(root, Ledger)) ? new LedgerFile(Path.Combine(root, Ledger)).ReadAll() : [];
        var deployments = LedgerProjection.Deployments(events)
            .Select(d => $"{d.Id} {d.Environment} {d.Model.Version} {d.Strategy} {d.State}").ToList();
        var audit = LedgerProjection.Audit(events).Select(a => $"{a.Kind} {a.Model.Version} {a.Environment}").ToList();
        var records = LedgerProjection.Deployments(events);
        var live = records.Select(d => d.Environment).Distinct().Order(StringComparer.Ordinal)
            .Select(e => $"{e}: {EnvironmentState.CurrentOf(records, e)?.Model.Version ?? "nothing"}")
            .Concat(records.Where(d => d.State is DeploymentState.Queued or DeploymentState.InProgress).Select(d => $"unfinished: {d.Environment} {d.Model.Version}"))
            .ToList();
        return new ProjectSnapshot(files, deployments, audit, temp) { Live = live };
    }

    /// <summary>A package by its entries (names and bytes): NuGet stamps zip entries with the time of packing.</summary>
    private static string ContentHash(string path)
    {
        if (!path.EndsWith(".nupkg", StringComparison.Ordinal))
        {
            return Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));
        }

        using var zip = ZipFile.OpenRead(path);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var entry in zip.Entries.OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            using var content = new MemoryStream();
            using (var stream = entry.Open())
            {
                stream.CopyTo(content);
            }

            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(entry.FullName + "\n"));
            hash.AppendData(content.ToArray());
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>
    /// Files whose content holds the time of the run (reports, retirement records, attestations, the ledger) or its registry (recorded
    /// publications name the run's registry repository): compared by presence.
    /// </summary>
    private static bool Timestamped(string relative) =>
        relative == Ledger || relative.StartsWith("artifacts/reports/", StringComparison.Ordinal) || relative.StartsWith(".tollgate/published/", StringComparison.Ordinal) || relative.StartsWith(".tollgate/attestations/", StringComparison.Ordinal)
        || relative.EndsWith(".retired.json", StringComparison.Ordinal) || relative.EndsWith("/retirement.json", StringComparison.Ordinal)
        || (relative.StartsWith(".tollgate/archive/", StringComparison.Ordinal) && Path.GetFileName(relative).StartsWith("gate-report.", StringComparison.Ordinal));

    /// <summary>Lines that differ, for assertion messages; with <paramref name="history"/> false the deployments are compared by state only.</summary>
    public string Diff(ProjectSnapshot other, bool history = true) => string.Join("\n", new[]
    {
        Lines("file", Files, other.Files), history ? Lines("deployment", Deployments, other.Deployments) : "",
        Lines("state", Live, other.Live), Lines("audit", Audit, other.Audit),
    }.Where(s => s.Length > 0));

    private static string Lines(string what, IReadOnlyList<string> expected, IReadOnlyList<string> actual) => string.Join("\n",
        expected.Except(actual).Select(l => $"  missing {what}: {l}").Concat(actual.Except(expected).Select(l => $"  extra {what}: {l}")));
}
