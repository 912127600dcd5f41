// Tollgate.Recipe: Train and Validate.
CakeTaskBuilder TollgateTrainTask(TollgateRecipeSettings s) =>
    Task(s.TaskName("Train"))
        .Description("Train the model of tollgate.yml reproducibly (same spec, data and seed: same digest)")
        .Does(() =>
        {
            if (TollgateOneProcessThrough(s) is string through)
            {
                s.OneProcessRun = TollgatePipeline(through, TollgateValidateEnvironment(s), s.ToolWithCurrentData());
                var model = s.OneProcessRun.Train;
                Information(model.UpToDate ? $"{model.Name} {model.Version} is up to date, not retrained" : $"Trained {model.Name} {model.Version} ({model.Digest})");
                return;
            }

            TollgateTrain(s.Tool());
        });

CakeTaskBuilder TollgateValidateTask(TollgateRecipeSettings s, CakeTaskBuilder train) =>
    Task(s.TaskName("Validate"))
        .Description("Run an environment's gates on the candidate (--environment, --current-data)")
        .IsDependentOn(train)
        .Does(() =>
        {
            if (s.OneProcessRun?.Validate is { } gates)
            {
                Information($"Gates for {gates.Environment}: " + (gates.Skipped ? "skipped, the candidate already runs there" : gates.Reused ? $"{gates.Summary}; inputs unchanged, not re-run" : gates.Summary) + " (in the one-process run)");
                return;
            }

            TollgateValidate(TollgateValidateEnvironment(s), s.ToolWithCurrentData());
        });

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
