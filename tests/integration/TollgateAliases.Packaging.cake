// Push to a NuGet folder feed and an OCI layout, tag, and fetch back by range, tag and environment.
Task("Cake.Tollgate.TollgateAliases.PushAndFetchNuGet")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Promote")
    .Does(() =>
{
    var feed = project.Combine("artifacts/pushed-feed").FullPath;
    var pushed = TollgatePush($"nuget:{feed}", tollgate);
    Expect(pushed.ModelDigest == pack.Digest && pushed.Reference.StartsWith("nuget:") && pushed.Reference.EndsWith($"?package=Contoso.Models.Churn&version={pushed.Version}"), $"pushed {pushed.Reference}");
    var fetched = TollgateFetch("churn-classifier@[1.0,2.0)", $"nuget:{feed}", project.Combine("artifacts/fetched-nuget"), tollgate);
    Expect(fetched.ModelContentDigest == pack.Digest && FileExists(project.CombineWithFilePath("artifacts/fetched-nuget/model.zip")), $"fetched {fetched.Reference}");
});

Task("Cake.Tollgate.TollgateAliases.PushTagAndFetchOci")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Promote")
    .Does(() =>
{
    var layout = project.Combine("artifacts/pushed-oci").FullPath;
    var pushed = TollgatePush($"oci-layout:{layout}", tollgate);
    var tagged = TollgateTag($"oci-layout:{layout}", pushed.Digest, "qa", tollgate);
    Expect(tagged.Tags.Single().Digest == pushed.Digest, $"tagged {tagged.Tags.Single().Reference}");
    var fetched = TollgateFetch("churn-classifier@qa", $"oci-layout:{layout}", project.Combine("artifacts/fetched-oci"), tollgate);
    Expect(fetched.Digest == pushed.Digest && fetched.ModelContentDigest == pack.Digest, "fetched the tagged manifest back");
});

Task("Cake.Tollgate.TollgateAliases.FetchEnvironment")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Promote")
    .Does(() =>
{
    var fromFeed = TollgateFetchEnvironment("staging", "nuget:" + project.Combine("artifacts/feed").FullPath, project.Combine("artifacts/serving-nuget"), tollgate);
    var fromLayout = TollgateFetchEnvironment("staging", "oci-layout:" + project.Combine("artifacts/oci").FullPath, project.Combine("artifacts/serving-oci"), tollgate);
    Expect(fromFeed.ModelContentDigest == pack.Digest && fromLayout.ModelContentDigest == pack.Digest, "what runs in staging, from the feed and from the layout");
    Expect(fromLayout.Digest == pack.Oci.Digest, "the layout fetch is pinned to the recorded manifest digest");
    Information("pushed, tagged and fetched back");
});

Task("Cake.Tollgate.TollgateAliases.Packaging")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.PushAndFetchNuGet")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.PushTagAndFetchOci")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.FetchEnvironment");
