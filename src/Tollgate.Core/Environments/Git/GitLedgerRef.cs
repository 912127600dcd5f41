namespace Tollgate.Core.Environments.Git;

/// <summary>
/// The ledger ref on the remote and its private local copy (<c>refs/tollgate-remote/REMOTE/…</c>, never a branch):
/// fetch it, read the ledger file of a commit, push a new commit on top without force.
/// </summary>
internal sealed class GitLedgerRef(GitCli git, GitLedgerSettings settings)
{
    private string? gitDirectory;

    /// <summary>Where the last fetched tip is kept, so a rewritten or deleted remote ref is noticed.</summary>
    public string LocalRef { get; } = "refs/tollgate-remote/" + Sanitize(settings.Remote) + "/" + settings.Ref["refs/".Length..];

    public string GitDirectory => gitDirectory ??= Path.GetFullPath(
        git.Require("find the git directory (is the folder of tollgate.yml a git clone?)", ["rev-parse", "--git-dir"]), git.WorkingDirectory);

    /// <summary>Fetches the remote ledger ref; returns its commit, or null when the remote has no ledger yet.</summary>
    public string? Fetch()
    {
        var known = Resolve(LocalRef);
        for (var attempt = 1; ; attempt++)
        {
            var fetch = git.Run(["fetch", "--quiet", "--no-tags", "--no-write-fetch-head", "--no-recurse-submodules", settings.Remote, $"+{settings.Ref}:{LocalRef}"]);
            if (fetch.ExitCode == 0)
            {
                break;
            }

            var probe = git.Run(["ls-remote", "--exit-code", settings.Remote, settings.Ref]);
            if (probe.ExitCode == 0 && attempt < 5)
            {
                continue; // the ref appeared between the fetch and the probe (another agent's first append): fetch it
            }

            if (probe.ExitCode != 2)
            {
                throw git.Unavailable($"fetch the ledger ref {settings.Ref} from '{settings.Remote}'", fetch);
            }

            if (known is not null)
            {
                throw Rewritten($"the remote no longer has {settings.Ref}, which held commit {known} when this clone last read it");
            }

            return null;
        }

        var tip = Resolve(LocalRef) ?? throw new TollgateException(ErrorCodes.GitLedgerUnavailable, $"git fetched {settings.Ref} but {LocalRef} does not resolve.", "Run 'git fsck' in this clone, then retry.");
        if (known is not null && known != tip && git.Run(["merge-base", "--is-ancestor", known, tip]).ExitCode != 0)
        {
            throw Rewritten($"its new tip {tip} does not descend from {known}, which this clone read before (history was rewritten)");
        }

        return tip;
    }

    public string ReadFile(string commit) => git.Run(["cat-file", "blob", $"{commit}:{GitLedger.FileName}"]) is { ExitCode: 0 } r
        ? r.Output
        : throw Rewritten($"commit {commit} has no {GitLedger.FileName}");

    /// <summary>Pushes <paramref name="commit"/> to the ledger ref without force; false when another writer got there first.</summary>
    public bool TryPush(string commit)
    {
        var push = git.Run(["push", "--quiet", "--no-verify", "--porcelain", settings.Remote, $"{commit}:{settings.Ref}"]);
        if (push.ExitCode == 0)
        {
            git.Run(["update-ref", LocalRef, commit]);
            return true;
        }

        var text = push.Output + push.Error;
        if (text.Contains("[rejected]", StringComparison.Ordinal) || text.Contains("non-fast-forward", StringComparison.Ordinal)
            || text.Contains("fetch first", StringComparison.Ordinal) || text.Contains("cannot lock ref", StringComparison.Ordinal)
            || text.Contains("failed to update ref", StringComparison.Ordinal) || text.Contains("failed to lock", StringComparison.Ordinal))
        {
            return false; // lost the race (or met a concurrent ref update): re-fetch and decide again
        }

        throw git.Unavailable($"push the ledger ref {settings.Ref} to '{settings.Remote}'", push);
    }

    private string? Resolve(string reference) =>
        git.Run(["rev-parse", "--verify", "--quiet", reference + "^{commit}"]) is { ExitCode: 0 } r ? r.Output.Trim() : null;

    private TollgateException Rewritten(string why) => new(
        ErrorCodes.LedgerCorrupt,
        $"The git ledger {settings.Remote} {settings.Ref} fails verification: {why}.",
        $"Ledger history is append-only. Restore the ref from a clone that has it: git push --force {settings.Remote} {LocalRef}:{settings.Ref}.");

    private static string Sanitize(string remote) =>
        new(remote.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_').ToArray());
}
