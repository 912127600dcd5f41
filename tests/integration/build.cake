// Integration tests of the Cake.Tollgate aliases with real Cake. Run by tests/Cake.Tollgate.Tests
// (CakeScriptTests), which copies this folder, the built addin (./addin) and a sample project.
//   dotnet cake build.cake --cli=PATH/Tollgate.Cli.dll --project=SAMPLE_DIR [--target=CASE]
// One file per area of the TollgateAliases class, one task per case: Cake.Tollgate.TollgateAliases.<Case>.
#r "./addin/Cake.Tollgate.dll"

var target = Argument("target", "Cake.Tollgate.All");
var project = MakeAbsolute(Directory(Argument<string>("project")));
var tollgate = new TollgateSettings
{
    CliAssemblyPath = Argument<string>("cli"),
    ConfigFile = project.CombineWithFilePath("tollgate.yml"),
};

// Scripts assert with this: a failed expectation fails the task, and the harness sees a non-zero exit.
void Expect(bool condition, string what)
{
    if (!condition)
    {
        throw new Exception("expectation failed: " + what);
    }

    Information("ok: " + what);
}

#load "./TollgateAliases.Pipeline.cake"
#load "./TollgateAliases.Environments.cake"
#load "./TollgateAliases.Packaging.cake"
#load "./TollgateAliases.Statistics.cake"

Task("Cake.Tollgate.All")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Pipeline")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Environments")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Packaging")
    .IsDependentOn("Cake.Tollgate.TollgateAliases.Statistics");

RunTarget(target);
