namespace Tollgate.Cli.Tests.Corpus;

/// <summary>
/// Git-ledger corruption (the ledger on <c>refs/tollgate/ledger</c> of a real bare remote): each case spoils the
/// remote's ledger, runs one command and checks the exit code, the error code, no stack trace, and that neither the
/// remote's ledger ref nor the agent's work tree changed. The healthy ref is restored between cases.
/// </summary>
[NonParallelizable]
public sealed class GitLedgerCorpusTests
{
    private const string Ref = "refs/tollgate/ledger";
    private static GitRemote remote = null!;
    private static string agent = "";
    private static string config = "";
    private static string healthy = "";

    [OneTimeSetUp]
    public static void PromoteOnce()
    {
        remote = new GitRemote();
        using var project = new TempProject();
        agent = remote.Clone("agent", "model:\n  name: cli-model\n  training: training.yml\n  output: out/model\nbackend:\n  kind: git\nenvironments:\n  - name: sandbox\n  - name: staging\n");
        foreach (var file in new[] { "data.csv", "training.yml" })
        {
            File.Copy(project.Combine(file), Path.Combine(agent, file));
        }

        config = Path.Combine(agent, "tollgate.yml");
        foreach (var args in new[] { "train", "promote -e sandbox" })
        {
            var (exit, _, err) = CliHarness.Run([.. args.Split(' '), "--config", config]);
            Assert.That(exit, Is.Zero, $"{args}: {err}");
        }

        healthy = Tip();
    }

    [OneTimeTearDown]
    public static void Cleanup() => remote.Dispose();

    [TearDown]
    public void Restore()
    {
        GitRemote.Run(remote.Bare, "update-ref", Ref, healthy);
        GitRemote.Run(agent, "remote", "set-url", "origin", remote.Url);
    }

    private static string Tip() => GitRemote.Run(remote.Bare, "rev-parse", Ref).Trim();

    /// <summary>Pushes a commit whose ledger.jsonl is <paramref name="edit"/> of the healthy one (null: no ledger file).</summary>
    private static void PushLedger(Func<string, string>? edit)
    {
        var scratch = Path.Combine(Path.GetDirectoryName(remote.Bare)!, "scratch-" + Guid.NewGuid().ToString("N"));
        GitRemote.Run(Path.GetDirectoryName(remote.Bare)!, "clone", "--quiet", remote.Url, scratch);
        GitRemote.Run(scratch, "fetch", "--quiet", "origin", Ref);
        GitRemote.Run(scratch, "checkout", "--quiet", "--detach", "FETCH_HEAD");
        var file = Path.Combine(scratch, "ledger.jsonl");
        if (edit is null)
        {
            GitRemote.Run(scratch, "rm", "--quiet", "ledger.jsonl");
        }
        else
        {
            File.WriteAllText(file, edit(File.ReadAllText(file)));
            GitRemote.Run(scratch, "add", "ledger.jsonl");
        }

        GitRemote.Run(scratch, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "--quiet", "--allow-empty", "-m", "tamper");
        GitRemote.Run(scratch, "push", "--quiet", "--force", "origin", "HEAD:" + Ref);
        Directory.Delete(scratch, recursive: true);
    }

    private static IEnumerable<TestCaseData> Cases()
    {
        TestCaseData Case(string name, Action spoil, string command, int exit, string code) => new TestCaseData(spoil, command, exit, code).SetName("git ledger: " + name);

        Action edited = () => PushLedger(s => s.Replace("sandbox", "staging", StringComparison.Ordinal));
        yield return Case("edited record, verify", edited, "ledger verify", 1, ErrorCodes.LedgerCorrupt);
        yield return Case("edited record, status", edited, "status", 2, ErrorCodes.LedgerCorrupt);
        yield return Case("edited record, history", edited, "history", 2, ErrorCodes.LedgerCorrupt);
        yield return Case("edited record, promote", edited, "promote -e staging", 2, ErrorCodes.LedgerCorrupt);
        yield return Case("torn last line", () => PushLedger(s => s[..(s.Length - 10)]), "status", 2, ErrorCodes.LedgerCorrupt);
        yield return Case("garbage line appended", () => PushLedger(s => s + "not json at all\n"), "status", 2, ErrorCodes.LedgerCorrupt);
        yield return Case("ledger file missing from the ref", () => PushLedger(null), "status", 2, ErrorCodes.LedgerCorrupt);
        yield return Case("ref pointing at a blob", () =>
        {
            var blob = GitRemote.Run(remote.Bare, "rev-parse", healthy + ":ledger.jsonl").Trim();
            GitRemote.Run(remote.Bare, "update-ref", Ref, blob);
        }, "status", 2, ErrorCodes.GitLedgerUnavailable);
        yield return Case("remote unreachable", () => GitRemote.Run(agent, "remote", "set-url", "origin", Path.Combine(Path.GetTempPath(), "no-such-remote-" + Guid.NewGuid().ToString("N"))), "status", 2, ErrorCodes.GitLedgerUnavailable);
    }

    [TestCaseSource(nameof(Cases))]
    public void Is_refused_cleanly_and_changes_nothing(Action spoil, string command, int exit, string code)
    {
        // Arrange
        spoil();
        var tip = Tip();
        var before = WorkTree();

        // Act
        var (actual, stdout, stderr) = CliHarness.Run([.. command.Split(' '), "--config", config]);

        // Assert
        var printed = stdout + stderr;
        Assert.Multiple(() =>
        {
            Assert.That(actual, Is.EqualTo(exit), printed);
            Assert.That(stderr, Does.Contain($"error {code}:"), printed);
            Assert.That(stderr, Does.Contain("  fix: "), "every error says how to fix it");
            Assert.That(printed, Does.Not.Match(@"(?m)^\s+at [\w.<>`]+\(|\w+Exception\b|\bTollgate\.(Core|Cli)\.[A-Z]"), "no stack trace");
            Assert.That(Tip(), Is.EqualTo(tip), "the remote's ledger ref is untouched");
            Assert.That(TreeSnapshot.Differences(before, WorkTree()), Is.Empty, "the agent's work tree is untouched");
        });
    }

    /// <summary>The agent's files outside .git (git's own bookkeeping, e.g. FETCH_HEAD, may change on a fetch).</summary>
    private static SortedDictionary<string, string> WorkTree() =>
        new(TreeSnapshot.Take(agent).Where(e => !e.Key.StartsWith(".git", StringComparison.Ordinal)).ToDictionary(e => e.Key, e => e.Value), StringComparer.Ordinal);
}
