namespace Tollgate.Core.Environments;

/// <summary>
/// Finds what earlier versions left in a ledger: they computed "current" per environment name, so a success of model B made
/// model A's live deployment in the same environment inactive ("superseded by deployment N", N being B's). Nothing is
/// rewritten (the ledger is append-only); status names it (TOLLGATE2040) so the user can promote or roll back A again.
/// </summary>
internal static class CrossModelSupersession
{
    // The description LocalEnvironmentBackend writes on the deployment a success supersedes.
    private const string Prefix = "superseded by deployment ";

    /// <summary>
    /// When <paramref name="model"/> has nothing current in <paramref name="environment"/> because its last live deployment
    /// was superseded by another model's: that deployment and the other model's; else null.
    /// </summary>
    public static (DeploymentRecord Superseded, DeploymentRecord By)? Find(IReadOnlyList<DeploymentRecord> newestFirst, string environment, string model)
    {
        ArgumentNullException.ThrowIfNull(newestFirst);
        if (EnvironmentState.CurrentOf(newestFirst, environment, model) is not null
            || newestFirst.FirstOrDefault(d => d.Environment == environment && d.Model.Name == model && d.SucceededAt is not null) is not { } last
            || last.State != DeploymentState.Inactive || last.Statuses[^1].Description is not { } why || !why.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var byId = why[Prefix.Length..];
        return newestFirst.FirstOrDefault(d => d.Id == byId) is { } by && by.Model.Name != model ? (last, by) : null;
    }
}
