using System.Globalization;
using Tollgate.Core.Environments.Audit;
using Tollgate.Core.Errors;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Environments;

/// <summary>
/// Environment state in an append-only ledger: the local file (the embedded default) or the git ledger ref
/// (<c>backend.kind: git</c>). Every decision runs inside the ledger's atomic append (the file's cross-process lock, the
/// ref's compare-and-swap push), so <see cref="DeploymentRequest.ExpectedCurrentDeploymentId"/> is a true compare-and-swap.
/// </summary>
internal sealed class LocalEnvironmentBackend(ILedger ledger, TimeProvider? clock = null) : IEnvironmentBackend, IAuditTrail
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public string Kind => ledger.Kind;

    public ILedger Ledger => ledger;

    public Task<IReadOnlyList<DeploymentRecord>> ListDeploymentsAsync(string? environment, CancellationToken cancellationToken)
    {
        var all = ledger.ReadState().NewestFirst();
        IReadOnlyList<DeploymentRecord> result = environment is null ? all : all.Where(d => d.Environment == environment).ToList();
        return Task.FromResult(result);
    }

    public Task<DeploymentRecord> CreateDeploymentAsync(DeploymentRequest request, CancellationToken cancellationToken)
    {
        string? id = null;
        ledger.AppendOnState(state =>
        {
            var current = EnvironmentState.CurrentOf(state.NewestFirst(), request.Environment);
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
        ledger.AppendOnState(ledgerState =>
        {
            var deployments = ledgerState.NewestFirst();
            var target = deployments.FirstOrDefault(d => d.Id == deploymentId)
                ?? throw new TollgateException(ErrorCodes.LedgerCorrupt, $"Deployment {deploymentId} is not in ledger '{ledger.Location}'.", "Run 'tollgate history' to see known deployments.");
            var now = clock.GetUtcNow();
            if (state == DeploymentState.Success && ledgerState.Expected.GetValueOrDefault(deploymentId) is { } expected
                && EnvironmentState.CurrentOf(deployments, target.Environment) is var current && RaceLost.Moved(expected, current, deploymentId))
            {
                // Lost the race: fail this deployment instead of superseding the winner.
                lost = RaceLost.Error(target.Environment, target.Model, expected, current);
                return [StatusEvent(deploymentId, DeploymentState.Failure, $"lost the race: deployment {current?.Id ?? "none"} became current first", now)];
            }

            var added = new List<LedgerEvent> { StatusEvent(deploymentId, state, description, now) };
            if (state == DeploymentState.Success)
            {
                // Same semantics as GitHub's auto_inactive: earlier successful deployments of the environment go inactive.
                added.AddRange(deployments
                    .Where(d => d.Environment == target.Environment && d.Id != deploymentId && d.State == DeploymentState.Success)
                    .Select(d => StatusEvent(d.Id, DeploymentState.Inactive, $"superseded by deployment {deploymentId}", now)));
            }

            return added;
        });
        return lost is null ? Task.FromResult(Find(deploymentId)) : throw lost;
    }

    public Task<AuditEntry> RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        var added = ledger.AppendOnState(_ =>
            [new LedgerEvent { Seq = 0, Prev = "", Type = LedgerEvent.AuditRecord, At = clock.GetUtcNow(), DeploymentId = "", Audit = entry }]);
        return Task.FromResult(entry with { At = added[0].At });
    }

    public Task<IReadOnlyList<AuditEntry>> ListAuditAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AuditEntry>>([.. Enumerable.Reverse(ledger.ReadState().Audit)]);

    private static LedgerEvent StatusEvent(string id, DeploymentState state, string? description, DateTimeOffset at) =>
        new() { Seq = 0, Prev = "", Type = LedgerEvent.Status, At = at, DeploymentId = id, State = state, Description = description };

    private DeploymentRecord Find(string id) => ledger.ReadState().Find(id) ?? throw new InvalidOperationException($"Deployment {id} vanished from the ledger after it was written.");
}
