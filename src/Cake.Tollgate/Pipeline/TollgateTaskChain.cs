namespace Cake.Tollgate.Pipeline;

/// <summary>
/// Decides whether Tollgate.Recipe may run its Train → … → Promote&lt;Environment&gt; tasks as one <c>tollgate pipeline</c>
/// process: only when the build left those tasks exactly as the recipe made them. Running them together would
/// otherwise move a user's extra action (e.g. signing after Package) after the promotions it should precede.
/// </summary>
public static class TollgateTaskChain
{
    /// <summary>
    /// True when every task of <paramref name="chain"/> has one action, no criteria, delayed actions or handlers, depends
    /// only on the task before it, and no task of the build hooks itself in between (<c>IsDependeeOf</c>).
    /// </summary>
    /// <param name="chain">The recipe's tasks in dependency order (<c>CakeTaskBuilder.Task</c>), e.g. Train, Validate, Package, PromoteSandbox, PromoteStaging.</param>
    /// <param name="allTasks">Every task of the build (the script's <c>Tasks</c>).</param>
    /// <returns>True when one process may do the work of the whole chain.</returns>
    public static bool IsStandard(IReadOnlyList<ICakeTaskInfo> chain, IEnumerable<ICakeTaskInfo> allTasks)
    {
        ArgumentNullException.ThrowIfNull(chain);
        ArgumentNullException.ThrowIfNull(allTasks);
        var names = new HashSet<string>(chain.Select(t => t.Name), StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i] is not CakeTask task)
            {
                return false; // nothing to inspect: assume customised
            }

            var expected = i == 0 ? [] : new[] { chain[i - 1].Name };
            if (task.Actions.Count != 1 || task.Criterias.Count != 0 || task.DelayedActions.Count != 0 || task.Dependees.Count != 0
                || task.ErrorHandler is not null || task.ErrorReporter is not null || task.FinallyHandler is not null
                || !task.Dependencies.Select(d => d.Name).SequenceEqual(expected, StringComparer.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // Another task that declared itself a dependee of one of ours would run in between.
        return !allTasks.Where(t => !names.Contains(t.Name)).Any(t => t.Dependees.Any(d => names.Contains(d.Name)));
    }
}
