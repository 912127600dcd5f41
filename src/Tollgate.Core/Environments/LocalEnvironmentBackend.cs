using System.Globalization;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Environments;

/// <summary>
/// Environment state in an append-only ledger: the local file (the embedded default) or the git ledger ref
/// (<c>backend.kind: git</c>). Every decision runs inside the ledger's atomic append (the file's cross-process lock, the
/// ref's compare-and-swap push), so <see cref="DeploymentRequest.ExpectedCurrentDeploymentId"/> is a true compare-and-swap.
/// Decisions and <see cref="ListDeploymentsAsync"/> use the ledger's live state (<see cref="LedgerState.Trim"/>: every
/// queued, in-progress or live deployment, the last ones live per environment, the newest ones); the complete history is
/// <see cref="ListHistoryAsync"/> (what <see cref="DeploymentHistory"/> calls).
/// </summary>
internal sealed partial class LocalEnvironmentBackend(ILedger ledger, TimeProvider? clock = null) : IEnvironmentBackend, IAuditTrail, ICurrentDeploymentReader, IAttestationLog
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public string Kind => ledger.Kind;

    public ILedger Ledger => ledger;

    /// <summary>The live deployments, newest first (every deployment while the ledger is short).</summary>
    public Task<IReadOnlyList<DeploymentRecord>> ListDeploymentsAsync(string? environment, CancellationToken cancellationToken) =>
        Task.FromResult(InEnvironment(ledger.ReadState().NewestFirst(), environment));

    /// <summary>Every deployment with its statuses, newest first: reads the whole ledger.</summary>
    public Task<IReadOnlyList<DeploymentRecord>> ListHistoryAsync(string? environment, CancellationToken cancellationToken) =>
        Task.FromResult(InEnvironment(ledger.ReadHistory().NewestFirst(), environment));

    /// <summary>Whether <see cref="ListDeploymentsAsync"/> lists every deployment (nothing was trimmed from the live state).</summary>
    public bool ListsEveryDeployment => !ledger.ReadState().DeploymentsTrimmed;

    /// <inheritdoc />
    public Task<DeploymentRecord?> GetCurrentAsync(string environment, CancellationToken cancellationToken) => GetCurrentAsync(environment, null, cancellationToken);

    /// <inheritdoc />
    public Task<DeploymentRecord?> GetCurrentAsync(string environment, string? model, CancellationToken cancellationToken) =>
        Task.FromResult(EnvironmentState.CurrentOf(ledger.ReadState().NewestFirst(), environment, model));

    public Task<DeploymentRecord> CreateDeploymentAsync(DeploymentRequest request, CancellationToken cancellationToken)
    {
        string? id = null;
        ledger.AppendOnState(state =>
        {
            // Compare-and-swap per (model, environment): another model going live in the same environment is no race.
            var current = EnvironmentState.CurrentOf(state.NewestFirst(), request.Environment, request.Model.Name);
            if (RaceLost.Moved(request.ExpectedCurrentDeploymentId, current, selfId: ""))
            {
                throw RaceLost.Error(request.Environment, request.Model, request.ExpectedCurrentDeploymentId, current);
            }

            id = (state.Created + 1).ToString(CultureInfo.InvariantCulture);
            return [new LedgerEvent { Seq = 0, Prev = "", Type = LedgerEvent.Created, At = clock.GetUtcNow(), DeploymentId = id, Request = request, Description = request.Description }];
        });
        return Task.FromResult(Find(id!));
    }

    public Task<DeploymentRecord> SetStatusAsync(string deploymentId, DeploymentState state, string? description, CancellationToken cancellationToken)
    {
        CheckFailedException? lost = null;
        var dropped = false;
        IReadOnlyList<LedgerEvent> Decide(LedgerState ledgerState)
        {
            var deployments = ledgerState.NewestFirst();
            var target = deployments.FirstOrDefault(d => d.Id == deploymentId);
            if (target is null && ledgerState.DeploymentsTrimmed && !dropped)
            {
                // An old deployment the live state no longer holds: decide again on the whole history.
                dropped = true;
                return [];
            }

            if (target is null)
            {
                throw new TollgateException(ErrorCodes.LedgerCorrupt, $"Deployment {deploymentId} is not in ledger '{ledger.Location}'.", "Run 'tollgate history' to see known deployments.");
            }

            var now = clock.GetUtcNow();
            if (state == DeploymentState.Success && ledgerState.Expected.GetValueOrDefault(deploymentId) is { } expected
                && EnvironmentState.CurrentOf(deployments, target.Environment, target.Model.Name) is var current && RaceLost.Moved(expected, current, deploymentId))
            {
                // Lost the race: fail this deployment instead of superseding the winner.
                lost = RaceLost.Error(target.Environment, target.Model, expected, current);
                return [StatusEvent(deploymentId, DeploymentState.Failure, $"lost the race: deployment {current?.Id ?? "none"} became current first", now)];
            }

            var added = new List<LedgerEvent> { StatusEvent(deploymentId, state, description, now) };
            if (state == DeploymentState.Success)
            {
                // Like the GitHub backend: earlier successful deployments of the same model in the environment go inactive;
                // other models sharing the environment name stay live.
                added.AddRange(deployments
                    .Where(d => d.Environment == target.Environment && d.Model.Name == target.Model.Name && d.Id != deploymentId && d.State == DeploymentState.Success)
                    .Select(d => StatusEvent(d.Id, DeploymentState.Inactive, $"superseded by deployment {deploymentId}", now)));
            }

            return added;
        }

        ledger.AppendOnState(Decide);
        if (dropped)
        {
            ledger.AppendOnState(Decide, history: true);
        }

        return lost is null ? Task.FromResult(Find(deploymentId)) : throw lost;
    }

    public Task<AuditEntry> RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var added = ledger.AppendOnState(_ =>
            [new LedgerEvent { Seq = 0, Prev = "", Type = LedgerEvent.AuditRecord, At = clock.GetUtcNow(), DeploymentId = "", Audit = entry }]);
        return Task.FromResult(entry with { At = added[0].At });
    }

    /// <summary>Every entry, newest first: reads the whole ledger (history).</summary>
    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. Enumerable.Reverse(ledger.ReadHistory().Audit)]);

    /// <summary>The entries about <paramref name="digest"/>, newest first: from the live state unless some of them were trimmed from it.</summary>
    public Task<IReadOnlyList<AuditEntry>> ListAuditOfAsync(string digest, CancellationToken cancellationToken)
    {
        var state = ledger.ReadState();
        var audit = state.HasAllAuditOf(digest) ? state.Audit : ledger.ReadHistory().Audit;
        return Task.FromResult<IReadOnlyList<AuditEntry>>([.. Enumerable.Reverse(audit).Where(e => e.Model.Digest == digest)]);
    }

    /// <summary>Every retirement, newest first: from the live state unless some were trimmed from it.</summary>
    public Task<IReadOnlyList<AuditEntry>> ListRetirementsAsync(CancellationToken cancellationToken)
    {
        var state = ledger.ReadState();
        var audit = state.RetirementsTrimmed ? ledger.ReadHistory().Audit : state.Audit;
        return Task.FromResult<IReadOnlyList<AuditEntry>>([.. Enumerable.Reverse(audit).Where(e => e.Kind == AuditEntry.Retirement)]);
    }

    private static LedgerEvent StatusEvent(string id, DeploymentState state, string? description, DateTimeOffset at) =>
        new() { Seq = 0, Prev = "", Type = LedgerEvent.Status, At = at, DeploymentId = id, State = state, Description = description };

    private static IReadOnlyList<DeploymentRecord> InEnvironment(IReadOnlyList<DeploymentRecord> newestFirst, string? environment) =>
        environment is null ? newestFirst : newestFirst.Where(d => d.Environment == environment).ToList();

    private DeploymentRecord Find(string id) => ledger.ReadState().Find(id) ?? ledger.ReadHistory().Find(id) ?? throw new InvalidOperationException($"Deployment {id} vanished from the ledger after it was written.");
}
