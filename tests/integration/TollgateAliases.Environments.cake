// What runs where, the audit trail and the ledger, read from the typed results.
Task("Cake.Tollgate.TollgateAliases.Status")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Promote")
    .Does(() =>
{
    var status = TollgateStatus(tollgate);
    Expect(status.Backend == "local", "local ledger backend");
    Expect(status.For("staging").Digest == pack.Digest && status.For("staging").Version == pack.Version, $"staging runs {pack.Version}");
    Expect(status.For("production").IsEmpty, "nothing in production yet");
});

Task("Cake.Tollgate.TollgateAliases.History")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Promote")
    .Does(() =>
{
    var all = TollgateHistory(null, tollgate);
    var staging = TollgateHistory("staging", tollgate);
    Expect(all.Deployments.Count == 2 && staging.Deployments.Count == 1, "two deployments, one of them in staging");
    Expect(staging.Deployments[0].Statuses.Select(s => s.State).SequenceEqual(new[] { "queued", "in_progress", "success" }), "status history queued → in_progress → success");
    Expect(staging.Deployments[0].Actor.User.Length > 0, $"deployed by {staging.Deployments[0].Actor.User}");
});

Task("Cake.Tollgate.TollgateAliases.VerifyLedger")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Promote")
    .Does(() =>
{
    var ledger = TollgateVerifyLedger(tollgate);
    Expect(ledger.Valid && ledger.Records > 0, $"hash chain intact over {ledger.Records} records");
});

Task("Cake.Tollgate.TollgateAliases.Environments")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Status")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.History")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.VerifyLedger");
