// Drift and parity on plain files, no model needed.
Task("Cake.Tollgate.TollgateAliases.DriftNamesTheShiftedColumns").Does(() =>
{
    var data = project.Combine("templates/churn-model/data");
    var noThrow = new TollgateSettings { CliAssemblyPath = tollgate.CliAssemblyPath }.ReturningFailedChecks();
    var drift = TollgateDrift(data.CombineWithFilePath("churn.csv"), data.CombineWithFilePath("current-traffic.csv"), noThrow);
    var drifted = drift.Columns.Where(c => c.Drifted).Select(c => c.Column).OrderBy(c => c).ToList();
    Expect(drifted.SequenceEqual(new[] { "monthly_charges", "tenure_months", "total_charges" }), $"shifted traffic drifts in {string.Join(", ", drifted)}");
});

Task("Cake.Tollgate.TollgateAliases.DatasetDriftFailsTheTask").Does(() =>
{
    // Every column shifted by far more than its spread: dataset drift under any share threshold.
    var dir = project.Combine("artifacts/drift");
    EnsureDirectoryExists(dir);
    var random = new Random(7);
    string Rows(double shift) => "a,b\n" + string.Join("\n", Enumerable.Range(0, 300).Select(_ => FormattableString.Invariant($"{random.NextDouble() + shift:F4},{random.NextDouble() * 2 + shift:F4}"))) + "\n";
    System.IO.File.WriteAllText(dir.CombineWithFilePath("reference.csv").FullPath, Rows(0));
    System.IO.File.WriteAllText(dir.CombineWithFilePath("current.csv").FullPath, Rows(5));
    var cli = new TollgateSettings { CliAssemblyPath = tollgate.CliAssemblyPath };
    var drift = TollgateDrift(dir.CombineWithFilePath("reference.csv"), dir.CombineWithFilePath("current.csv"), new TollgateSettings { CliAssemblyPath = tollgate.CliAssemblyPath }.ReturningFailedChecks());
    Expect(drift.DatasetDrift && drift.DriftedColumns == 2, $"dataset drift, share {drift.DriftShare}");
    try
    {
        TollgateDrift(dir.CombineWithFilePath("reference.csv"), dir.CombineWithFilePath("current.csv"), cli);
    }
    catch (TollgateCommandException ex)
    {
        Expect(ex.ExitCode == 1 && ex.Command == "drift", "by default dataset drift fails the task with exit code 1");
        return;
    }

    throw new Exception("dataset drift must fail the task by default");
});

Task("Cake.Tollgate.TollgateAliases.Parity").Does(() =>
{
    var dir = project.Combine("artifacts/parity");
    EnsureDirectoryExists(dir);
    var rows = string.Join("\n", Enumerable.Range(0, 200).Select(i => $"{i % 2},{(i % 7 == 0 ? 1 - i % 2 : i % 2)}"));
    System.IO.File.WriteAllText(dir.CombineWithFilePath("baseline.csv").FullPath, "label,prediction\n" + rows + "\n");
    System.IO.File.WriteAllText(dir.CombineWithFilePath("candidate.csv").FullPath, "label,prediction\n" + rows + "\n");
    var parity = TollgateParity(dir.CombineWithFilePath("baseline.csv"), dir.CombineWithFilePath("candidate.csv"), tollgate);
    Expect(parity.Passed && parity.Rows == 200 && parity.Task == "binary", $"identical predictions are at parity: {parity.Reason}");
});

Task("Cake.Tollgate.TollgateAliases.Statistics")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.DriftNamesTheShiftedColumns")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.DatasetDriftFailsTheTask")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Parity");
