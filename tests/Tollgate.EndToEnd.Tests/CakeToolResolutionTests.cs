namespace Tollgate.EndToEnd.Tests;

/// <summary>
/// The packed Cake.Tollgate addin finds the packed CLI the three ways a user provides it (#tool, the repository's
/// tool manifest, PATH), in empty folders with packages only from the fresh local feed, and names all three when it cannot.
/// </summary>
[NonParallelizable]
public class CakeToolResolutionTests
{
    private string work = "";

    [SetUp]
    public void SetUp() => work = TestTemp.NewFolder("cake-tool");

    [TearDown]
    public void TearDown() => Directory.Delete(work, recursive: true);

    [Test]
    public void Runs_the_cli_pinned_in_the_tool_manifest()
    {
        // Arrange: a repository with a manifest that pins the CLI, as `dotnet tool install Tollgate.Cli` leaves it
        var repo = Repository("manifest");
        Run(repo, "dotnet", "new tool-manifest");
        Run(repo, "dotnet", $"tool install Tollgate.Cli --version {PackedKit.Version}");

        // Act
        var result = Cake(repo, "");

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output, Does.Contain("status: backend=local, environments=sandbox,staging"));
    }

    [Test]
    public void Runs_the_cli_installed_by_a_tool_directive()
    {
        // Arrange
        var repo = Repository("directive");

        // Act
        var result = Cake(repo, $"#tool dotnet:?package=Tollgate.Cli&version={PackedKit.Version}");

        // Assert
        Assert.That(result.ExitCode, Is.EqualTo(0), result.ToString());
        Assert.That(result.Output, Does.Contain("status: backend=local, environments=sandbox,staging"));
    }

    [Test]
    public void Fails_naming_the_three_ways_when_the_cli_is_nowhere()
    {
        // Arrange
        var repo = Repository("bare");

        // Act
        var result = Cake(repo, "");

        // Assert
        Assert.That(result.ExitCode, Is.Not.EqualTo(0));
        Assert.That(result.ToString(), Does.Contain("TOLLGATE1550").And.Contain("#tool dotnet:?package=Tollgate.Cli")
            .And.Contain("dotnet tool install Tollgate.Cli").And.Contain("dotnet tool install --global Tollgate.Cli"));
    }

    private string Repository(string name)
    {
        var repo = Path.Combine(work, name);
        Directory.CreateDirectory(repo);
        File.WriteAllText(Path.Combine(repo, "nuget.config"), PackedKit.NuGetConfig(Path.Combine(work, "packages")));
        File.WriteAllText(Path.Combine(repo, "tollgate.yml"), "model:\n  name: demo\n  training: training.yml\nenvironments:\n  - name: sandbox\n  - name: staging\n");
        return repo;
    }

    /// <summary>Runs a script that calls an alias without settings, with Cake from the kit's own manifest and a PATH without tollgate.</summary>
    private ProcessResult Cake(string repo, string toolLine)
    {
        File.WriteAllText(Path.Combine(repo, "build.cake"), $$"""
            #addin nuget:file://{{PackedKit.Feed}}?package=Cake.Tollgate&version={{PackedKit.Version}}
            {{toolLine}}
            Task("Default").Does(() =>
            {
                var status = TollgateStatus();
                Information($"status: backend={status.Backend}, environments={string.Join(",", status.Environments.Select(e => e.Environment))}");
            });
            RunTarget("Default");
            """);
        var dotnetDir = Path.GetDirectoryName(Environment.ProcessPath)!;
        var env = new Dictionary<string, string>
        {
            ["NUGET_PACKAGES"] = Path.Combine(work, "packages"),
            ["PATH"] = $"{dotnetDir}:/usr/bin:/bin",
            ["NO_COLOR"] = "1",
        };
        return Shell.Run(PackedKit.RepositoryRoot, "dotnet", $"tool run dotnet-cake \"{Path.Combine(repo, "build.cake")}\" --working=\"{repo}\"", TimeSpan.FromMinutes(6), env);
    }

    private void Run(string directory, string file, string arguments)
    {
        var result = Shell.Run(directory, file, arguments, TimeSpan.FromMinutes(4), new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(work, "packages") });
        Assert.That(result.ExitCode, Is.EqualTo(0), $"{file} {arguments}: {result}");
    }
}
