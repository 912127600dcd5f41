// Integration tests of the Cake.Tollgate aliases with real Cake. Run by tests/Cake.Tollgate.Tests
// (CakeScriptTests), which copies this folder, the built addin (./addin) and a sample project.
//   dotnet cake build.cake --cli=PATH/Tollgate.Cli.dll --project=SAMPLE_DIR [--target=CASE]
#r "./addin/Cake.Tollgate.dll"

var target = Argument("target", "Cake.Tollgate.All");
var tollgate = new TollgateSettings
{
    CliAssemblyPath = Argument<string>("cli"),
    ConfigFile = Directory(Argument<string>("project")) + File("tollgate.yml"),
};

#load "./TollgateAliases.cake"

RunTarget(target);
