// Tollgate.Recipe: Train … Promote<Environment> in one CLI process. When the target is a Promote<Environment> task
// and the build left Train, Validate, Package and the promotions before it as the recipe made them (checked by
// TollgateTaskChain: no extra action, dependency, criteria or handler), Train runs `tollgate pipeline --through ENV`
// once and the later tasks report its results instead of starting their own process. A warm build then pays one
// CLI start-up, not five. --tollgate-one-process=false keeps one process per task; --exclusive runs only the target.
string TollgateOneProcessThrough(TollgateRecipeSettings s)
{
    if (!s.OneProcess || s.Tasks == null)
    {
        return null;
    }

    var index = s.Environments.ToList().FindIndex(e => string.Equals(s.TaskName("Promote" + TollgatePascalCase(e.Name)), s.Target, StringComparison.OrdinalIgnoreCase));
    if (index < 0)
    {
        return null;
    }

    var chain = new List<ICakeTaskInfo> { s.Tasks.Train.Task, s.Tasks.Validate.Task, s.Tasks.Package.Task };
    chain.AddRange(s.Environments.Take(index + 1).Select(e => s.Tasks.Promote[e.Name].Task));
    return TollgateTaskChain.IsStandard(chain, Tasks) ? s.Environments[index].Name : null;
}
