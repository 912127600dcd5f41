using System.Security.Cryptography;
using System.Text.Json.Nodes;

namespace Tollgate.GitHubEmulator;

/// <summary>
/// The repository the emulator serves: commits and branches, commit statuses, check runs, environments, deployments.
/// All access goes through <see cref="Gate"/>; ids start above 2^31 to catch 32-bit assumptions.
/// </summary>
public sealed class EmulatorState
{
    private long nextId = 3_000_000_000;

    internal EmulatorState(EmulatorOptions options)
    {
        Owner = options.Owner;
        Repository = options.Repository;
        RepositoryId = options.RepositoryId;
        DefaultBranchSha = AddCommit();
        Branches[DefaultBranch] = new BranchInfo(DefaultBranchSha, false, false);
    }

    public string Owner { get; }
    public string Repository { get; }
    public long RepositoryId { get; }
    public string DefaultBranch => "main";
    public string DefaultBranchSha { get; }

    internal object Gate { get; } = new();
    internal HashSet<string> Commits { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal Dictionary<string, BranchInfo> Branches { get; } = new(StringComparer.Ordinal);
    internal List<EmulatedDeployment> DeploymentList { get; } = [];
    internal List<(long Id, string Sha, string Context, string State, string Description, string TargetUrl, DateTimeOffset At)> CommitStatuses { get; } = [];
    internal List<(long Id, string Sha, string Name, string Status, string? Conclusion, DateTimeOffset At)> CheckRuns { get; } = [];
    internal Dictionary<string, (long Id, string Name, DateTimeOffset CreatedAt, JsonObject Settings)> Environments { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A snapshot of all deployments, newest first.</summary>
    public IReadOnlyList<EmulatedDeployment> Deployments
    {
        get { lock (Gate) return [.. DeploymentList.OrderByDescending(d => d.Id)]; }
    }

    /// <summary>Environment names, in creation order.</summary>
    public IReadOnlyList<string> EnvironmentNames
    {
        get { lock (Gate) return [.. Environments.Values.OrderBy(e => e.Id).Select(e => e.Name)]; }
    }

    /// <summary>Adds a commit (a random SHA unless given) and returns its SHA.</summary>
    public string AddCommit(string? sha = null)
    {
        sha ??= Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(20));
        lock (Gate) Commits.Add(sha);
        return sha;
    }

    /// <summary>Creates or moves a branch; a branch behind the default one is auto-merged (202) or conflicts (409) on deploy.</summary>
    public void SetBranch(string name, string sha, bool behindDefault = false, bool mergeConflict = false)
    {
        lock (Gate)
        {
            Commits.Add(sha);
            Branches[name] = new BranchInfo(sha, behindDefault, mergeConflict);
        }
    }

    /// <summary>Adds a check run on a commit (GitHub Apps create these; tests seed them here).</summary>
    public void AddCheckRun(string sha, string name, string status, string? conclusion)
    {
        lock (Gate) CheckRuns.Add((NextId(), sha, name, status, conclusion, DateTimeOffset.UtcNow));
    }

    internal long NextId() => Interlocked.Increment(ref nextId);

    internal string? ResolveRef(string reference) =>
        Branches.TryGetValue(reference, out var branch) ? branch.Sha
        : Commits.Contains(reference) ? Commits.First(c => c.Equals(reference, StringComparison.OrdinalIgnoreCase))
        : null;

    /// <summary>Latest commit status per context plus latest check run per name, as (context, state).</summary>
    internal List<(string Context, string State)> Contexts(string sha)
    {
        var statuses = CommitStatuses.Where(s => s.Sha.Equals(sha, StringComparison.OrdinalIgnoreCase))
            .GroupBy(s => s.Context, StringComparer.OrdinalIgnoreCase)
            .Select(g => (g.Key, g.MaxBy(s => s.Id).State));
        var checks = CheckRuns.Where(c => c.Sha.Equals(sha, StringComparison.OrdinalIgnoreCase))
            .GroupBy(c => c.Name, StringComparer.Ordinal)
            .Select(g => g.MaxBy(c => c.Id))
            .Select(c => (c.Name, c.Status != "completed" ? c.Status == "queued" ? "queued" : "pending"
                : c.Conclusion is "success" or "neutral" or "skipped" ? "success" : c.Conclusion ?? "failure"));
        return [.. statuses.Concat(checks)];
    }

    internal void EnsureEnvironment(string name)
    {
        if (!Environments.ContainsKey(name))
        {
            Environments[name] = (NextId(), name, DateTimeOffset.UtcNow, new JsonObject());
        }
    }

    /// <summary>auto_inactive: prior non-transient, non-production deployments of the environment whose state is success go inactive.</summary>
    internal void AutoInactivate(EmulatedDeployment current, string environment)
    {
        var prior = DeploymentList.Where(d => d.Id < current.Id && d.Environment.Equals(environment, StringComparison.OrdinalIgnoreCase)
            && !d.TransientEnvironment && !d.ProductionEnvironment && d.State == "success");
        foreach (var deployment in prior.ToList())
        {
            deployment.Statuses.Add(new EmulatedStatus(NextId(), "inactive", "", "", "", deployment.Environment, DateTimeOffset.UtcNow));
            deployment.UpdatedAt = DateTimeOffset.UtcNow;
        }
    }

    internal sealed record BranchInfo(string Sha, bool BehindDefault, bool MergeConflict);
}
