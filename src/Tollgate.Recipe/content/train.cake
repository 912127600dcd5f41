// Tollgate.Recipe: Train and Validate.
CakeTaskBuilder TollgateTrainTask(TollgateRecipeSettings s) =>
    Task(s.TaskName("Train"))
        .Description("Train the model of tollgate.yml reproducibly (same spec, data and seed: same digest)")
        .Does(() => TollgateTrain(s.Tool()));

CakeTaskBuilder TollgateValidateTask(TollgateRecipeSettings s, CakeTaskBuilder train) =>
    Task(s.TaskName("Validate"))
        .Description("Run an environment's gates on the candidate (--environment, --current-data)")
        .IsDependentOn(train)
        .Does(() => TollgateValidate(TollgateValidateEnvironment(s), s.ToolWithCurrentData()));

// --environment, else --tollgate-validate-environment, else the environment the target promotes to,
// else the second environment (the first past the sandbox), else the only one.
string TollgateValidateEnvironment(TollgateRecipeSettings s)
{
    if (s.Environment.Length > 0) return s.Environment;
    if (s.ValidateEnvironment.Length > 0) return s.ValidateEnvironment;
    var target = s.Environments.FirstOrDefault(e => string.Equals(s.TaskName("Promote" + TollgatePascalCase(e.Name)), s.Target, StringComparison.OrdinalIgnoreCase));
    if (target != null) return target.Name;
    return s.Environments[Math.Min(1, s.Environments.Count - 1)].Name;
}
