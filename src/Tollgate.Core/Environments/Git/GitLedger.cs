using Tollgate.Core.Ledger;

namespace Tollgate.Core.Environments.Git;

/// <summary>
/// The ledger in a git ref of the repository's own remote (<c>backend.kind: git</c>): each commit on the ref holds the
/// whole <c>ledger.jsonl</c> (same lines and hash chain as the local file) and has the previous append as its parent.
/// Reads fetch the ref; an append builds a commit on the fetched tip and pushes it without force, so the remote's
/// non-fast-forward refusal is the compare-and-swap: a writer that lost the race re-fetches, decides again and retries
/// with backoff. The push is one atomic ref update, so a writer killed at any point leaves the remote before or after
/// its append, never between. Branches, tags, the index and the work tree are never touched.
/// </summary>
internal sealed class GitLedger : ILedger
{
    internal const string FileName = "ledger.jsonl";

    private readonly GitLedgerSettings settings;
    private readonly GitCli git;
    private readonly GitLedgerRef remoteRef;

    public GitLedger(GitLedgerSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        this.settings = settings;
        git = new GitCli(settings.Repository);
        remoteRef = new GitLedgerRef(git, settings);
    }

    /// <inheritdoc />
    public string Kind => "git";

    /// <inheritdoc />
    public string Location => $"{settings.Remote} {settings.Ref}";

    /// <inheritdoc />
    public IReadOnlyList<LedgerEvent> ReadAll() => WithSnapshot(remoteRef.Fetch(), file => file.ReadAll());

    /// <inheritdoc />
    public int Verify() => WithSnapshot(remoteRef.Fetch(), file => file.Verify());

    /// <summary>Reads the fetched tip's ledger as a verified local file (attestations read its line hashes and head).</summary>
    public T ReadSnapshot<T>(Func<LedgerFile, T> read) => WithSnapshot(remoteRef.Fetch(), read);

    /// <inheritdoc />
    public IReadOnlyList<LedgerEvent> Append(Func<IReadOnlyList<LedgerEvent>, IReadOnlyList<LedgerEvent>> decide)
    {
        ArgumentNullException.ThrowIfNull(decide);
        for (var attempt = 1; ; attempt++)
        {
            var tip = remoteRef.Fetch();
            var (added, commit) = WithSnapshot(tip, file =>
            {
                var events = file.Append(decide);
                return (events, events.Count == 0 ? null : CommitFile(file.Path, tip, events));
            });
            if (commit is null || remoteRef.TryPush(commit))
            {
                return added;
            }

            if (attempt >= settings.MaxAttempts)
            {
                throw new TollgateException(ErrorCodes.GitLedgerContended,
                    $"Gave up appending to the git ledger {Location} after {attempt} attempts: other writers kept appending first.",
                    "Retry the command; if many jobs promote at once, serialise them (e.g. a CI concurrency group).");
            }

            // Full jitter: racing agents spread out instead of colliding again in lock-step.
            Thread.Sleep(Random.Shared.Next(20, 20 + Math.Min(2000, 40 << Math.Min(attempt, 6))));
        }
    }

    private string CommitFile(string path, string? parent, IReadOnlyList<LedgerEvent> added)
    {
        var blob = git.Require("store the ledger", ["hash-object", "-w", "--", path]);
        var tree = git.Require("build the ledger tree", ["mktree"], $"100644 blob {blob}\t{FileName}\n");
        var message = $"tollgate ledger: {string.Join(", ", added.Select(e => $"{e.Seq} {e.Type} {e.DeploymentId}".TrimEnd()))}";
        string[] args = parent is null ? ["commit-tree", tree, "-m", message] : ["commit-tree", tree, "-p", parent, "-m", message];
        return git.Require("commit the ledger", args);
    }

    /// <summary>Materialises the ledger at <paramref name="tip"/> as a private temporary file inside the git directory.</summary>
    private T WithSnapshot<T>(string? tip, Func<LedgerFile, T> use)
    {
        var folder = Path.Combine(remoteRef.GitDirectory, "tollgate");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"ledger-{Environment.ProcessId}-{Guid.NewGuid():N}.jsonl");
        try
        {
            if (tip is not null)
            {
                File.WriteAllText(path, remoteRef.ReadFile(tip));
            }

            return use(new LedgerFile(path));
        }
        catch (TollgateException ex) when (ex.Code == ErrorCodes.LedgerCorrupt)
        {
            throw new TollgateException(ErrorCodes.LedgerCorrupt, ex.Message.Replace(path, $"{Location} at {tip}", StringComparison.Ordinal),
                $"The ledger ref was changed outside Tollgate. Push back the last good commit (git log {remoteRef.LocalRef} in a clone that fetched it), e.g. git push --force {settings.Remote} GOOD_SHA:{settings.Ref}.", ex);
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".lock");
        }
    }
}
