using System.Text.Json;

namespace Tollgate.EndToEnd.Tests;

/// <summary>
/// A plain SDK project in an empty temp directory with one PackageReference to the packed Tollgate.MSBuild
/// (isolated packages folder, local feed only), driving train → promote sandbox → staging → production with
/// `dotnet build -t:…`, as a user meets the package. The pipeline runs once in the fixture set-up; the other
/// tests leave the repository as they found it.
/// </summary>
[NonParallelizable]
public class MSBuildPackageTests
{
    private TempDir repo = null!;
    private string project = null!;
    private ProcessResult firstTrain = null!, secondTrain = null!, sandbox = null!, staging = null!, production = null!;

    [OneTimeSetUp]
    public void CreateRepository()
    {
        repo = new TempDir();
        SampleProject.Create(repo);
        repo.File("global.json", File.ReadAllText(Path.Combine(PackedKit.RepositoryRoot, "global.json")));
        repo.File("nuget.config", PackedKit.NuGetConfig(Path.Combine(repo.Path, "packages")));
        project = Path.Combine(repo.Path, "app");
        repo.File("app/App.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Tollgate.MSBuild" Version="{PackedKit.Version}" PrivateAssets="all" />
              </ItemGroup>
            </Project>
            """);
        firstTrain = Build("-t:TollgateTrain -v:n");
        secondTrain = Build("-t:TollgateTrain");
        sandbox = Build("-t:TollgatePromote -p:TollgateEnvironment=sandbox");
        staging = Build("-t:TollgatePromote -p:TollgateEnvironment=staging");
        production = Build("-t:TollgatePromote -p:TollgateEnvironment=production");
    }

    [OneTimeTearDown]
    public void DeleteRepository() => repo.Dispose();

    private string PackageFolder => Path.Combine(repo.Path, "packages", "tollgate.msbuild", PackedKit.Version.ToLowerInvariant());

    [Test]
    public void TollgateTrain_trains_and_shows_the_cli_progress_and_its_coded_warning()
    {
        // Arrange, Act: the first build of the fixture
        var run = firstTrain;

        // Assert
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("Training sdca-logistic (binary) on 800 rows"), "-v:n shows the CLI's progress");
        Assert.That(run.Output, Does.Match(@"training\.yml ?: warning TOLLGATE1501: model test-model"), "a temp dir is no git repository");
        Assert.That(File.Exists(Path.Combine(repo.Path, "out", "model", "tollgate.model.json")));
    }

    [Test]
    public void TollgateTrain_again_says_up_to_date_and_does_not_retrain()
    {
        // Arrange, Act: the second build of the fixture
        var run = secondTrain;

        // Assert
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("is up to date, not retrained"));
        Assert.That(run.Output, Does.Not.Contain("Training sdca-logistic"));
    }

    [Test]
    public void TollgateTrain_starts_no_cli_while_no_input_is_newer_and_asks_it_again_when_one_is()
    {
        // Act: nothing changed since the fixture trained; then the training data is touched (same bytes)
        var unchanged = Build("-t:TollgateTrain -v:n");
        File.SetLastWriteTimeUtc(DataFile, DateTime.UtcNow);
        var touched = Build("-t:TollgateTrain -v:n");

        // Assert: the first starts no process ("Tollgate: backend" is the CLI's first progress line); the second
        // starts the CLI, which finds the recorded digests unchanged and still does not retrain
        Assert.That(unchanged.ExitCode, Is.EqualTo(0), unchanged.ToString());
        Assert.That(unchanged.Output, Does.Contain("the model is up to date, not retrained (no input newer than").And.Not.Contain("Tollgate: backend"));
        Assert.That(touched.ExitCode, Is.EqualTo(0), touched.ToString());
        Assert.That(touched.Output, Does.Contain("Tollgate: backend").And.Contain("is up to date, not retrained (training spec").And.Not.Contain("Training sdca-logistic"));
    }

    [Test]
    public void Coded_cli_warnings_honour_NoWarn_and_WarningsAsErrors()
    {
        // Act
        var suppressed = Build("-t:TollgateTrain -p:TollgateForceTrain=true -p:NoWarn=TOLLGATE1501");
        var promoted = Build("-t:TollgateTrain -p:TollgateForceTrain=true -p:WarningsAsErrors=TOLLGATE1501");

        // Assert
        Assert.That(suppressed.ExitCode, Is.EqualTo(0), suppressed.ToString());
        Assert.That(suppressed.Output, Does.Not.Contain("TOLLGATE1501"));
        Assert.That(promoted.ExitCode, Is.EqualTo(1), promoted.ToString());
        Assert.That(promoted.Output, Does.Contain("error TOLLGATE1501"));
    }

    [Test]
    public void TollgatePromote_to_production_promotes_the_staging_digest()
    {
        // Arrange, Act: the promotions of the fixture, sandbox → staging → production

        // Assert
        foreach (var run in new[] { sandbox, staging, production })
        {
            Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
            Assert.That(run.Output, Does.Not.Contain("Training sdca-logistic"), "promotion never retrains unchanged inputs");
        }

        Assert.That(production.Output, Does.Contain("production: test-model"));
        var trained = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo.Path, "out", "model", "tollgate.model.json"))).RootElement.GetProperty("digest").GetString();
        Assert.That(Digest("staging"), Is.EqualTo(trained));
        Assert.That(Digest("production"), Is.EqualTo(Digest("staging")));
    }

    [Test]
    public void A_config_error_shows_as_an_msbuild_error_at_its_line_and_column()
    {
        // Arrange
        var config = Path.Combine(repo.Path, "tollgate.yml");
        var original = File.ReadAllText(config);
        File.WriteAllText(config, original.Replace("  output: out/model", "  output: out/model\n  outptu: typo"));
        try
        {
            // Act
            var run = Build("-t:TollgateTrain");

            // Assert
            Assert.That(run.ExitCode, Is.EqualTo(1), run.ToString());
            Assert.That(run.Output, Does.Match(@"tollgate\.yml\(5,3\): error TOLLGATE0002: .*outptu"));
            Assert.That(run.Output, Does.Not.Contain("TOLLGATE1500"), "the CLI's own diagnostic is the only error");
        }
        finally
        {
            File.WriteAllText(config, original);
        }
    }

    [Test]
    public void TollgateValidateOnBuild_runs_the_environment_gates_after_Build()
    {
        // Arrange
        var report = Path.Combine(repo.Path, "artifacts", "reports", "staging", "gate-report.json");
        File.Delete(report);

        // Act
        var passing = Build("-p:TollgateValidateOnBuild=true -p:TollgateEnvironment=staging");
        var failing = Build("-p:TollgateValidateOnBuild=true -p:TollgateEnvironment=qa");

        // Assert
        Assert.That(passing.ExitCode, Is.EqualTo(0), passing.ToString());
        Assert.That(File.Exists(report), "the gates ran and wrote their report");
        Assert.That(failing.ExitCode, Is.EqualTo(1), failing.ToString());
        Assert.That(failing.Output, Does.Match(@"error TOLLGATE\d{4}: .*'qa'"), "the CLI's coded error (no such environment) fails the build");
    }

    [Test]
    public void TollgateSkip_and_design_time_builds_turn_every_target_off()
    {
        // Act
        var run = Build("-t:TollgatePromote -p:TollgateEnvironment=production -p:TollgateSkip=true");
        var designTime = Build("-t:TollgateTrain -p:DesignTimeBuild=true -p:TollgateForceTrain=true");

        // Assert
        Assert.That(run.ExitCode, Is.EqualTo(0), run.ToString());
        Assert.That(run.Output, Does.Contain("Tollgate: skipped (TollgateSkip=true)."));
        Assert.That(run.Output, Does.Not.Contain("Tollgate.Cli.dll"));
        Assert.That(designTime.ExitCode, Is.EqualTo(0), designTime.ToString());
        Assert.That(designTime.Output, Does.Not.Contain("Tollgate.Cli.dll"), "IDE design-time builds never train");
    }

    [Test]
    public void ML_NET_ships_with_the_CLI_and_never_next_to_the_task_assembly()
    {
        // Arrange
        var tasks = Path.Combine(PackageFolder, "tasks");

        // Act
        var taskFiles = Directory.GetFiles(tasks, "*", SearchOption.AllDirectories).Select(Path.GetFileName).ToList();

        // Assert: MSBuild loads only tasks/<tfm>/; ML.NET lives in the CLI's process.
        Assert.That(taskFiles, Has.Member("Tollgate.MSBuild.dll"));
        Assert.That(taskFiles, Has.None.StartsWith("Microsoft.ML"));
        Assert.That(taskFiles, Has.None.StartsWith("Tollgate.Core"));
        Assert.That(File.Exists(Path.Combine(PackageFolder, "tools", "cli", "Microsoft.ML.Core.dll")));
        Assert.That(Directory.Exists(Path.Combine(tasks, "net472")) && Directory.Exists(Path.Combine(tasks, "net10.0")));
    }

    private string DataFile => Path.Combine(repo.Path, "data.csv");

    private ProcessResult Build(string arguments) =>
        Shell.Run(project, "dotnet", $"build -tl:off -nologo {arguments}", TimeSpan.FromMinutes(5));

    private string? Digest(string environment)
    {
        var cli = Path.Combine(PackageFolder, "tools", "cli", "Tollgate.Cli.dll");
        var status = Shell.Run(project, "dotnet", $"exec \"{cli}\" status --json");
        Assert.That(status.ExitCode, Is.EqualTo(0), status.ToString());
        return JsonDocument.Parse(status.Output).RootElement.GetProperty("environments").EnumerateArray()
            .Single(e => e.GetProperty("environment").GetString() == environment)
            .TryGetProperty("digest", out var digest) ? digest.GetString() : null;
    }
}
