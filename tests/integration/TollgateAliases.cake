// One task per case of the TollgateAliases class; Cake.Tollgate.All runs them in order.

Task("Cake.Tollgate.TollgateAliases.Train").Does(() => TollgateTrain(tollgate));

Task("Cake.Tollgate.TollgateAliases.Validate")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Train")
    .Does(() => TollgateValidate("staging", tollgate));

Task("Cake.Tollgate.TollgateAliases.Pack")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Validate")
    .Does(() => TollgatePack(tollgate));

Task("Cake.Tollgate.TollgateAliases.Promote")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Pack")
    .Does(() =>
    {
        TollgatePromote("sandbox", tollgate);
        TollgatePromote("staging", tollgate);
    });

Task("Cake.Tollgate.TollgateAliases.PromoteSkippingAnEnvironmentFails")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Promote")
    .Does(() =>
    {
        try
        {
            TollgatePromote("nowhere", tollgate);
        }
        catch (CakeException ex)
        {
            Information($"expected failure: {ex.Message}");
            return;
        }

        throw new Exception("promoting to an unknown environment must fail");
    });

Task("Cake.Tollgate.TollgateAliases.StatusAndLedger")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.PromoteSkippingAnEnvironmentFails")
    .Does(() =>
    {
        TollgateStatus(new TollgateSettings { CliAssemblyPath = tollgate.CliAssemblyPath, ConfigFile = tollgate.ConfigFile, Json = true });
        TollgateVerifyLedger(tollgate);
    });

Task("Cake.Tollgate.All").IsDependentOn("Cake.Tollgate.TollgateAliases.StatusAndLedger");
