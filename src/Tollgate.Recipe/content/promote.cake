// Tollgate.Recipe: Promote<Environment> per environment of tollgate.yml, each after the previous one,
// plus Rollback and Retire. Run one promotion alone (a CI job per environment) with Cake's --exclusive.
IReadOnlyDictionary<string, CakeTaskBuilder> TollgatePromoteTasks(TollgateRecipeSettings s, CakeTaskBuilder package)
{
    var tasks = new Dictionary<string, CakeTaskBuilder>(StringComparer.Ordinal);
    var previous = package;
    foreach (var environment in s.Environments)
    {
        var name = environment.Name;
        var task = Task(s.TaskName("Promote" + TollgatePascalCase(name)))
            .Description($"Promote into {name} ({environment.Gates} gate(s), {environment.Strategy}, {environment.Promotion})")
            .IsDependentOn(previous)
            .Does(() =>
            {
                if (s.OneProcessRun?.Promotions.FirstOrDefault(p => p.Deployment.Environment == name) is { } done)
                {
                    Information($"{name}: {done.Outcome}, deployment {done.Deployment.Id} ({done.Deployment.Model.Version}) (in the one-process run)");
                    return;
                }

                TollgatePromote(name, s.ToolWithCurrentData());
            });
        tasks[name] = task;
        previous = task;
    }

    return tasks;
}

CakeTaskBuilder TollgateRollbackTask(TollgateRecipeSettings s) =>
    Task(s.TaskName("Rollback"))
        .Description("Restore the last good (or --to) version in --environment (default: the last environment), with --reason")
        .Does(() => TollgateRollback(
            s.Environment.Length > 0 ? s.Environment : s.Environments[s.Environments.Count - 1].Name,
            s.To.Length > 0 ? s.To : null,
            s.Tool(args => s.Reason.Length > 0 ? args.Append("--reason").AppendQuoted(s.Reason) : args)));

CakeTaskBuilder TollgateRetireTask(TollgateRecipeSettings s) =>
    Task(s.TaskName("Retire"))
        .Description("Retire --model=NAME@VERSION for good, with --reason")
        .Does(() =>
        {
            if (s.Model.Length == 0 || s.Reason.Length == 0)
            {
                throw new CakeException("Retire needs --model=NAME@VERSION and --reason=TEXT, e.g. ./build.sh --target=Retire --model=churn@1.0.3 --reason='label leak'. ");
            }

            TollgateRetire(s.Model, s.Reason, s.Tool());
        });
