using Microsoft.Build.Framework;
using Tollgate.MSBuild.Tests.Support;

namespace Tollgate.MSBuild.Tests.Tasks;

[Platform(Exclude = "Win", Reason = "The stand-in dotnet host is a shell script.")]
public class TollgateCliTaskTests
{
    [Test]
    public void Runs_the_cli_with_exec_from_the_project_directory()
    {
        // Arrange
        using var host = new FakeDotNetHost(stdout: "Model m 1.0.0 is up to date, not retrained\\n");
        var engine = new FakeBuildEngine();
        var task = new TrainModel { BuildEngine = engine, CliPath = host.CliPath, DotNetHostPath = host.HostPath, ProjectDirectory = host.Root, Force = true };

        // Act
        var ok = task.Execute();

        // Assert
        Assert.That(ok, Is.True);
        Assert.That(host.Arguments, Is.EqualTo($"exec {host.CliPath} train --force"));
        Assert.That(engine.Messages.Any(m => m.Message == "Model m 1.0.0 is up to date, not retrained" && m.Importance == MessageImportance.High));
    }

    [Test]
    public void Reports_a_canonical_cli_error_as_an_msbuild_error_with_code_location_and_fix()
    {
        // Arrange
        using var host = new FakeDotNetHost(
            stderr: "Loading tollgate.yml\\n/repo/tollgate.yml(7,5): error TOLLGATE0002: unknown key treshold\\n  fix: did you mean threshold?\\n",
            exitCode: 2);
        var engine = new FakeBuildEngine();
        var task = new ValidateModel { BuildEngine = engine, CliPath = host.CliPath, DotNetHostPath = host.HostPath, Environment = "staging" };

        // Act
        var ok = task.Execute();

        // Assert
        Assert.That(ok, Is.False);
        Assert.That(engine.Errors, Has.Count.EqualTo(1), "one error: no extra 'exited with code' error");
        var error = engine.Errors[0];
        Assert.That((error.Code, error.File, error.LineNumber, error.ColumnNumber), Is.EqualTo(("TOLLGATE0002", "/repo/tollgate.yml", 7, 5)));
        Assert.That(error.Message, Is.EqualTo("unknown key treshold Fix: did you mean threshold?"));
        Assert.That(engine.Messages.Any(m => m.Message == "Loading tollgate.yml" && m.Importance == MessageImportance.Normal), "progress is shown with -v:n");
    }

    [Test]
    public void Reports_a_cli_warning_as_a_coded_warning_and_succeeds()
    {
        // Arrange
        using var host = new FakeDotNetHost(stderr: "/repo/training.yml: warning TOLLGATE1501: trained outside git\\n");
        var engine = new FakeBuildEngine();
        var task = new TrainModel { BuildEngine = engine, CliPath = host.CliPath, DotNetHostPath = host.HostPath };

        // Act
        var ok = task.Execute();

        // Assert
        Assert.That(ok, Is.True);
        Assert.That(engine.Warnings.Select(w => (w.Code, w.File, w.Message)), Is.EqualTo(new[] { ("TOLLGATE1501", "/repo/training.yml", "trained outside git") }));
    }

    [Test]
    public void Reports_TOLLGATE1500_when_the_cli_fails_without_a_diagnostic()
    {
        // Arrange
        using var host = new FakeDotNetHost(stderr: "Segmentation fault\\n", exitCode: 139);
        var engine = new FakeBuildEngine();
        var task = new PackModel { BuildEngine = engine, CliPath = host.CliPath, DotNetHostPath = host.HostPath };

        // Act
        var ok = task.Execute();

        // Assert
        Assert.That(ok, Is.False);
        Assert.That(engine.Errors.Select(e => e.Code), Is.EqualTo(new[] { "TOLLGATE1500" }));
        Assert.That(engine.Errors[0].Message, Does.Contain("tollgate pack exited with code 139"));
    }

    [Test]
    public void Reports_TOLLGATE1503_when_the_packaged_cli_is_missing()
    {
        // Arrange
        var engine = new FakeBuildEngine();
        var task = new PackModel { BuildEngine = engine, CliPath = "/nowhere/Tollgate.Cli.dll" };

        // Act
        var ok = task.Execute();

        // Assert
        Assert.That(ok, Is.False);
        Assert.That(engine.Errors.Select(e => e.Code), Is.EqualTo(new[] { "TOLLGATE1503" }));
        Assert.That(engine.Errors[0].Message, Does.Contain("/nowhere/Tollgate.Cli.dll").And.Contain("TollgateCliPath"));
    }
}
