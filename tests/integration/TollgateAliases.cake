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

Task("Cake.Tollgate.TollgateAliases.PushFetchAndTag")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.StatusAndLedger")
    .Does(() =>
    {
        var project = MakeAbsolute(Directory(Argument<string>("project")));
        var feed = project.Combine("artifacts/pushed-feed").FullPath;
        TollgatePush($"nuget:{feed}", tollgate);
        TollgateFetch("churn-classifier@[1.0,2.0)", $"nuget:{feed}", project.Combine("artifacts/fetched-nuget"), tollgate);

        var layout = project.Combine("artifacts/pushed-oci").FullPath;
        TollgatePush($"oci-layout:{layout}", tollgate);
        var index = System.Text.Json.JsonDocument.Parse(System.IO.File.ReadAllText(System.IO.Path.Combine(layout, "index.json")));
        var digest = index.RootElement.GetProperty("manifests")[0].GetProperty("digest").GetString();
        TollgateTag($"oci-layout:{layout}", digest, "qa", tollgate);
        TollgateFetch("churn-classifier@qa", $"oci-layout:{layout}", project.Combine("artifacts/fetched-oci"), tollgate);

        foreach (var folder in new[] { "fetched-nuget", "fetched-oci" })
        {
            if (!FileExists(project.Combine("artifacts").Combine(folder).CombineWithFilePath("model.zip")))
            {
                throw new Exception($"{folder}/model.zip is missing");
            }
        }

        Information("pushed, tagged and fetched back from the NuGet feed and the OCI layout");
    });

Task("Cake.Tollgate.All").IsDependentOn("Cake.Tollgate.TollgateAliases.PushFetchAndTag");
