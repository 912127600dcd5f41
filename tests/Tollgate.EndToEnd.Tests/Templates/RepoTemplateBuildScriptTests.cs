namespace Tollgate.EndToEnd.Tests.Templates;

/// <summary>
/// The generated repository's build.sh as a developer and CI meet it: a warm run does not restore the pinned tools
/// again, while an edited tool manifest or a tool gone from the packages folder does; and the CI definitions' NO_COLOR
/// makes Cake's log plain text.
/// </summary>
[NonParallelizable]
public class RepoTemplateBuildScriptTests() : TempWorkFixture("tg-build-script")
{
    private const string Escape = "\u001b[";

    [Test]
    public void Build_sh_restores_the_tools_only_when_the_manifest_changed_or_a_tool_is_missing()
    {
        // Arrange: a `dotnet` first on PATH that logs its command line, then runs the real one
        var (repo, env) = GenerateRepository("none");
        var log = Path.Combine(Work, "dotnet.log");
        env["PATH"] = LoggingDotnet(log) + ":" + Environment.GetEnvironmentVariable("PATH");
        int Restores() => File.Exists(log) ? File.ReadLines(log).Count(l => l == "tool restore") : 0;

        // Act + Assert: cold, warm, edited manifest, a tool deleted from the packages folder
        BuildSh(repo, env, "--version");
        Assert.That(Restores(), Is.EqualTo(1), "the first run restores");
        BuildSh(repo, env, "--version");
        Assert.That(Restores(), Is.EqualTo(1), "a warm run restores nothing; dotnet ran:\n" + File.ReadAllText(log));
        File.AppendAllText(Path.Combine(repo, ".config", "dotnet-tools.json"), "\n");
        BuildSh(repo, env, "--version");
        Assert.That(Restores(), Is.EqualTo(2), "an edited manifest restores");
        BuildSh(repo, env, "--version");
        Assert.That(Restores(), Is.EqualTo(2), "and is remembered");
        Directory.Delete(Path.Combine(env["NUGET_PACKAGES"], "cake.tool"), recursive: true);
        var run = BuildSh(repo, env, "--version");
        Assert.That(Restores(), Is.EqualTo(3), "a tool missing from the packages folder restores");
        Assert.That(run.Output.Trim(), Is.EqualTo("7.0.0"), "and Cake runs");
    }

    [Test]
    public void The_ci_definitions_set_NO_COLOR_and_with_it_the_cake_log_has_no_ansi_escapes()
    {
        // Arrange
        var (repo, env) = GenerateRepository("both");
        var github = YamlToJson.Convert(File.ReadAllText(Path.Combine(repo, ".github", "workflows", "tollgate.yml")))!;
        var azure = YamlToJson.Convert(File.ReadAllText(Path.Combine(repo, "azure-pipelines.yml")))!;

        // Act: the same target without and with the CI definitions' value
        var coloured = BuildSh(repo, env, "--target=Status");
        env["NO_COLOR"] = (string)github["env"]!["NO_COLOR"]!;
        var plain = BuildSh(repo, env, "--target=Status");

        // Assert
        Assert.That((string?)github["env"]!["NO_COLOR"], Is.EqualTo("1"));
        Assert.That((string?)azure["variables"]!["NO_COLOR"], Is.EqualTo("1"));
        Assert.That(coloured.All, Does.Contain(Escape), "control: without NO_COLOR, Cake colours its log");
        Assert.That(plain.All, Does.Not.Contain(Escape));
        Assert.That(plain.All, Does.Contain("Status"), "the same log, uncoloured");
    }

    private (string Repo, Dictionary<string, string> Env) GenerateRepository(string ci)
    {
        var hive = Path.Combine(Work, "hive");
        // Own packages folder and own CLI home: the SDK's local-tool resolver cache lives under the CLI home, and a
        // shared one would point at tools restored into another packages folder.
        var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(Work, "packages"), ["DOTNET_CLI_HOME"] = Path.Combine(Work, "cli-home") };
        Run(Work, "dotnet", $"new install \"{Path.Combine(PackedKit.Feed, $"Tollgate.Templates.{PackedKit.Version}.nupkg")}\" --debug:custom-hive \"{hive}\"", env);
        Run(Work, "dotnet", $"new tollgate-repo -n Sample.Model --ci {ci} --packageSource \"{PackedKit.Feed}\" --debug:custom-hive \"{hive}\"", env);
        return (Path.Combine(Work, "Sample.Model"), env);
    }

    /// <summary>A folder holding a <c>dotnet</c> script that appends its arguments to <paramref name="log"/> and runs the real dotnet.</summary>
    private string LoggingDotnet(string log)
    {
        var real = ProcessRunner.Run("bash", ["-c", "command -v dotnet"]).Output.Trim();
        var bin = Directory.CreateDirectory(Path.Combine(Work, "shim")).FullName;
        var shim = Path.Combine(bin, "dotnet");
        File.WriteAllText(shim, $"#!/usr/bin/env bash\necho \"$*\" >> '{log}'\nexec '{real}' \"$@\"\n");
        Assert.That(ProcessRunner.Run("chmod", ["+x", shim]).ExitCode, Is.EqualTo(0));
        return bin;
    }

    private static ProcessResult BuildSh(string repo, IDictionary<string, string> env, string arguments) =>
        Run(repo, Path.Combine(repo, "build.sh"), arguments, env);

    private static ProcessResult Run(string directory, string file, string arguments, IDictionary<string, string> env)
    {
        var result = Shell.Run(directory, file, arguments, TimeSpan.FromMinutes(10), env);
        Assert.That(result.ExitCode, Is.EqualTo(0), $"{file} {arguments}\n{result}");
        return result;
    }
}
