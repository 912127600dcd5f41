// Tollgate.Recipe: Package.
CakeTaskBuilder TollgatePackageTask(TollgateRecipeSettings s, CakeTaskBuilder validate) =>
    Task(s.TaskName("Package"))
        .Description("Pack the artifact as a NuGet package (and OCI artifact) into the configured feed")
        .IsDependentOn(validate)
        .Does(() =>
        {
            if (s.OneProcessRun?.Pack is { } pack)
            {
                Information($"Packed {pack.Name} {pack.Version} ({pack.Digest}): {string.Join(", ", pack.PackagePaths)} (in the one-process run)");
                return;
            }

            TollgatePack(s.Tool());
        });
