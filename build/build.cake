// The kit's own build (Clean, Restore, Build, Test, Pack) and the sample model pipeline
// (Train → Validate → Package → PromoteStaging, Status). Run through ./build.sh or ./build.ps1.
#r "./.addin/Cake.Tollgate.dll"

var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var root = MakeAbsolute(Directory(".."));
var solution = root.CombineWithFilePath("Kit.sln");
var artifacts = root.Combine("artifacts");
var testResults = artifacts.Combine("test-results");
var cliProject = root.CombineWithFilePath("src/Tollgate.Cli/Tollgate.Cli.csproj");
var cliAssembly = root.CombineWithFilePath($"src/Tollgate.Cli/bin/{configuration}/net10.0/Tollgate.Cli.dll");
var tollgate = new TollgateSettings
{
    ConfigFile = Argument("tollgate-config", root.CombineWithFilePath("tollgate.yml").FullPath),
    CliAssemblyPath = cliAssembly,
    // --current-data=FILE replays the gates against other "current traffic" (e.g. the shifted sample file).
    CurrentData = Argument<string>("current-data", null) is { } current ? root.CombineWithFilePath(current) : null,
};

Setup(ctx => Information($"Tollgate build: target={target}, configuration={configuration}, config={tollgate.ConfigFile}"));

// ---- the kit's own build -------------------------------------------------------------------
Task("Clean").Does(() =>
{
    CleanDirectory(artifacts);
    DotNetClean(solution.FullPath, new DotNetCleanSettings { Configuration = configuration, Verbosity = DotNetVerbosity.Quiet });
});

Task("Restore").Does(() => DotNetRestore(solution.FullPath));

Task("Build").IsDependentOn("Restore").Does(() =>
    DotNetBuild(solution.FullPath, new DotNetBuildSettings { Configuration = configuration, NoRestore = true }));

Task("Test").IsDependentOn("Build").Does(() =>
{
    // One run per test project, each with its own TRX file, so results never overwrite each other;
    // every project runs even when an earlier one fails, and the task fails at the end.
    CleanDirectory(testResults);
    var failed = new List<string>();
    foreach (var project in GetFiles(root.FullPath + "/tests/**/*.Tests.csproj"))
    {
        var name = project.GetFilenameWithoutExtension().ToString();
        try
        {
            DotNetTest(project.FullPath, new DotNetTestSettings
            {
                Configuration = configuration,
                NoBuild = true,
                NoRestore = true,
                ResultsDirectory = testResults,
                Loggers = { $"trx;LogFileName={name}.trx", "console;verbosity=normal" },
            });
        }
        catch (Exception ex)
        {
            Error($"{name}: {ex.Message}");
            failed.Add(name);
        }
    }

    if (failed.Count > 0)
    {
        throw new Exception($"Tests failed in: {string.Join(", ", failed)}");
    }
});

// Every shipped package, one version (MinVer: from the git tag v*, or 0.0.0-alpha.0.N without tags), into
// artifacts/packages/. Packs what Build compiled, so packages and assemblies carry the same version.
Task("Pack").IsDependentOn("Build").Does(() =>
{
    var packages = artifacts.Combine("packages");
    EnsureDirectoryExists(packages);
    DeleteFiles(GetFiles(packages.FullPath + "/*.nupkg")); // earlier versions would look like part of this pack
    DotNetPack(solution.FullPath, new DotNetPackSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoRestore = true,
        OutputDirectory = packages,
    });
    var packed = GetFiles(packages.FullPath + "/*.nupkg").Select(f => f.GetFilename().ToString()).OrderBy(f => f).ToList();
    var versions = packed.Select(f => System.Text.RegularExpressions.Regex.Match(f, @"^[A-Za-z.]+?\.(\d+\.\d+\.\d+.*)\.nupkg$").Groups[1].Value).Distinct().ToList();
    if (versions.Count != 1)
    {
        throw new Exception($"Packages do not share one version: {string.Join(", ", packed)}");
    }

    Information($"Packed {packed.Count} packages, version {versions[0]}, into {packages}:");
    packed.ForEach(f => Information($"  {f}"));
});

// ---- the sample model pipeline (tollgate.yml at the repository root) ----------------------
Task("BuildCli").Does(() =>
    DotNetBuild(cliProject.FullPath, new DotNetBuildSettings { Configuration = configuration, Verbosity = DotNetVerbosity.Quiet }));

Task("Train").IsDependentOn("BuildCli").Does(() => TollgateTrain(tollgate));

Task("Validate").IsDependentOn("Train").Does(() => TollgateValidate("staging", tollgate));

Task("Package").IsDependentOn("Validate").Does(() => TollgatePack(tollgate));

Task("PromoteSandbox").IsDependentOn("Package").Does(() => TollgatePromote("sandbox", tollgate));

Task("PromoteStaging").IsDependentOn("PromoteSandbox").Does(() =>
{
    TollgatePromote("staging", tollgate);
    TollgateStatus(tollgate);
});

// Transit the exact staging digest to production (no retraining): canary with health checks per tollgate.yml.
Task("PromoteProduction").IsDependentOn("BuildCli").Does(() =>
{
    TollgatePromote("production", tollgate);
    TollgateStatus(tollgate);
});

Task("Rollback").IsDependentOn("BuildCli").Does(() =>
    TollgateRollback(Argument("environment", "production"), Argument<string>("to", null), tollgate));

Task("Approve").IsDependentOn("BuildCli").Does(() =>
    TollgateApprove(Argument<string>("model"), Argument("environment", "production"), Argument<string>("comment", null), tollgate));

Task("Retire").IsDependentOn("BuildCli").Does(() =>
    TollgateRetire(Argument<string>("model"), Argument("reason", "retired by build target"), tollgate));

Task("Status").IsDependentOn("BuildCli").Does(() => TollgateStatus(tollgate));

Task("Default").IsDependentOn("Test");

RunTarget(target);
