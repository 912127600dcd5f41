// Train → Validate → Pack → Promote, using the typed results the aliases return.
TollgatePackResult pack = null;

Task("Cake.Tollgate.TollgateAliases.Train").Does(() =>
{
    var model = TollgateTrain(tollgate);
    Expect(model.Name == "churn-classifier" && model.Digest.StartsWith("sha256:"), $"trained {model.Name} {model.Version} {model.Digest}");
    Expect(model.Metrics["auc"] > 0.5, $"auc {model.Metrics["auc"]:F3} is in the result");
});

Task("Cake.Tollgate.TollgateAliases.Validate")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Train")
    .Does(() =>
{
    var gates = TollgateValidate("staging", tollgate);
    Expect(gates.Passed && gates.Verdict == "pass", $"staging gates: {gates.Summary}");
    Expect(FileExists(gates.Html) && FileExists(gates.JUnit), "validate returns the report paths");
});

Task("Cake.Tollgate.TollgateAliases.ValidateReturnsAFailedVerdictWhenAsked")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Train")
    .Does(() =>
{
    // The shifted traffic file fails the staging drift gate (see README "Gates").
    var shifted = new TollgateSettings { CliAssemblyPath = tollgate.CliAssemblyPath, ConfigFile = tollgate.ConfigFile, ThrowOnFailedCheck = false }
        .WithCurrentData(project.CombineWithFilePath("templates/churn-model/data/current-traffic.csv"));
    var gates = TollgateValidate("staging", shifted);
    Expect(!gates.Passed && gates.Verdict == "fail", $"shifted traffic fails: {gates.Summary}");
    Expect(gates.Gates.Any(g => g.Kind == "drift" && g.Verdict == "fail"), "the drift gate is the one that failed");
    try
    {
        TollgateValidate("staging", new TollgateSettings { CliAssemblyPath = tollgate.CliAssemblyPath, ConfigFile = tollgate.ConfigFile, CurrentData = shifted.CurrentData });
    }
    catch (TollgateCommandException ex)
    {
        Expect(ex.Code == "TOLLGATE0401" && ex.ExitCode == 1 && ex.ReportPath == gates.Report, $"by default it fails the task: {ex.Code}, report {ex.ReportPath}");
        return;
    }

    throw new Exception("a failed gate must fail the task by default");
});

Task("Cake.Tollgate.TollgateAliases.Pack")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Validate")
    .Does(() =>
{
    pack = TollgatePack(tollgate);
    Information($"pack.Version = {pack.Version}");
    Expect(pack.PackagePaths.Count == 1 && FileExists(pack.PackagePaths[0]), $"package at {pack.PackagePaths[0]}");
    Expect(pack.Oci != null && pack.Oci.Digest.StartsWith("sha256:"), $"OCI artifact {pack.Oci?.Reference}");
});

Task("Cake.Tollgate.TollgateAliases.PromoteSkippingAnEnvironmentFails")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Pack")
    .Does(() =>
{
    // Nothing is in sandbox yet: staging is not reachable (README's old snippet failed exactly like this).
    try
    {
        TollgatePromote("staging", tollgate);
    }
    catch (TollgateCommandException ex)
    {
        Expect(ex.Code == "TOLLGATE0301" && ex.ExitCode == 2, $"skipping sandbox is refused with {ex.Code} (exit {ex.ExitCode}): {ex.Reason}");
        Expect(ex.Fix.Contains("--environment sandbox"), "the fix names the environment to promote to first");
        return;
    }

    throw new Exception("promoting to staging without sandbox must fail with TOLLGATE0301");
});

Task("Cake.Tollgate.TollgateAliases.PromoteToAnUnknownEnvironmentFails")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Pack")
    .Does(() =>
{
    try
    {
        TollgatePromote("nowhere", tollgate);
    }
    catch (TollgateCommandException ex)
    {
        Expect(ex.Code == "TOLLGATE0302", $"an unknown environment is refused with {ex.Code}");
        return;
    }

    throw new Exception("promoting to an unknown environment must fail with TOLLGATE0302");
});

Task("Cake.Tollgate.TollgateAliases.Promote")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.PromoteSkippingAnEnvironmentFails")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.PromoteToAnUnknownEnvironmentFails")
    .Does(() =>
{
    var sandbox = TollgatePromote("sandbox", tollgate);
    var staging = TollgatePromote("staging", tollgate);
    Expect(sandbox.Outcome == "promoted" && staging.Outcome == TollgatePromoteResult.Promoted, "promoted to sandbox, then staging");
    Expect(staging.Deployment.Model.Digest == pack.Digest && staging.Deployment.State == "success", $"staging runs {staging.Deployment.Model.Digest} (deployment {staging.Deployment.Id})");
    Expect(FileExists(staging.Report), $"gate report {staging.Report}");
    var again = TollgatePromote("staging", tollgate);
    Expect(again.Outcome == "already-current" && !again.Changed && again.Deployment.Id == staging.Deployment.Id, "promoting again changes nothing");
    Information("promoted to staging");
});

Task("Cake.Tollgate.TollgateAliases.RunPipelineWhenNothingChanged")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Promote")
    .Does(() =>
{
    // The separate aliases promoted this digest through staging: one pipeline process finds nothing to do.
    var run = TollgatePipeline("staging", null, tollgate);
    Expect(!run.Changed && run.Train.UpToDate && run.Train.Digest == pack.Digest, $"nothing changed, {run.Train.Version} not retrained");
    Expect(run.Validate.Skipped && run.Pack.NuGet.AlreadyPresent, "no gate ran, the package was already in the feed");
    Expect(run.Promotions.Select(p => p.Deployment.Environment).SequenceEqual(new[] { "sandbox", "staging" }) && run.Promotions.All(p => !p.Changed), "sandbox and staging already current");
    var environments = TollgateEnvironments(tollgate, project.CombineWithFilePath("tools/environments.json"));
    var remembered = TollgateEnvironments(tollgate, project.CombineWithFilePath("tools/environments.json"));
    Expect(FileExists(project.CombineWithFilePath("tools/environments.json")) && remembered.Environments.Select(e => e.Name).SequenceEqual(environments.Environments.Select(e => e.Name)), "environments remembered in the cache file");
});

Task("Cake.Tollgate.TollgateAliases.Pipeline")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.ValidateReturnsAFailedVerdictWhenAsked")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Promote")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.RunPipelineWhenNothingChanged");
