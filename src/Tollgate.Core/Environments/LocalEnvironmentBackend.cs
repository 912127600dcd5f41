using System.Globalization;
using Tollgate.Core.Errors;
using Tollgate.Core.Ledger;

namespace Tollgate.Core.Environments;

/// <summary>The embedded default backend: environment state in the local append-only ledger.</summary>
public sealed class LocalEnvironmentBackend(LedgerFile ledger, TimeProvider? clock = null) : IEnvironmentBackend
{
    private readonly TimeProvider clock = clock ?? TimeProvider.System;

    public string Kind => "local";

    public LedgerFile Ledger => ledger;

    public Task<IReadOnlyList<DeploymentRecord>> ListDeploymentsAsync(string? environment, CancellationToken cancellationToken)
    {
        var all = LedgerProjection.Deployments(ledger.ReadAll());
        IReadOnlyList<DeploymentRecord> result = environment is null ? all : all.Where(d => d.Environment == environment).ToList();
        return Task.FromResult(result);
    }

    public Task<DeploymentRecord> CreateDeploymentAsync(DeploymentRequest request, CancellationToken cancellationToken)
    {
        string? id = null;
        ledger.Append(events =>
        {
            id = (events.Count(e => e.Type == LedgerEvent.Created) + 1).ToString(CultureInfo.InvariantCulture);
            return [new LedgerEvent { Seq = 0, Prev = "", Type = LedgerEvent.Created, At = clock.GetUtcNow(), DeploymentId = id, Request = request, Description = request.Description }];
        });
        return Task.FromResult(Find(id!));
    }

    public Task<DeploymentRecord> SetStatusAsync(string deploymentId, DeploymentState state, string? description, CancellationToken cancellationToken)
    {
        ledger.Append(events =>
        {
            var deployments = LedgerProjection.Deployments(events);
            var target = deployments.FirstOrDefault(d => d.Id == deploymentId)
                ?? throw new TollgateException(ErrorCodes.LedgerCorrupt, $"Deployment {deploymentId} is not in ledger '{ledger.Path}'.", "Run 'tollgate history' to see known deployments.");
            var now = clock.GetUtcNow();
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
        return Task.FromResult(Find(deploymentId));
    }

    private static LedgerEvent StatusEvent(string id, DeploymentState state, string? description, DateTimeOffset at) =>
        new() { Seq = 0, Prev = "", Type = LedgerEvent.Status, At = at, DeploymentId = id, State = state, Description = description };

    private DeploymentRecord Find(string id) => LedgerProjection.Deployments(ledger.ReadAll()).First(d => d.Id == id);
}
