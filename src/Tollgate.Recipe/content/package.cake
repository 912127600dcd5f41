// Tollgate.Recipe: Package.
CakeTaskBuilder TollgatePackageTask(TollgateRecipeSettings s, CakeTaskBuilder validate) =>
    Task(s.TaskName("Package"))
        .Description("Pack the artifact as a NuGet package (and OCI artifact) into the configured feed")
        .IsDependentOn(validate)
        .Does(() => TollgatePack(s.Tool()));
