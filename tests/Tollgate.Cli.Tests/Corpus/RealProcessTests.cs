using System.Diagnostics;

namespace Tollgate.Cli.Tests.Corpus;

/// <summary>
/// A few corpus cases through the real <c>tollgate</c> process, as users and CI meet it: exit code, one coded error
/// on stderr, no stack trace (the in-process corpus covers the rest), and a stack trace only with --verbose.
/// </summary>
[NonParallelizable]
public class RealProcessTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Tollgate.Cli.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit(60_000);
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    [Test]
    public void Train_into_the_repository_root_exits_2_and_deletes_nothing()
    {
        // Arrange
        using var project = new TempProject();
        var before = TreeSnapshot.Take(project.Path);

        // Act
        var (exit, _, err) = Run("train", "--config", project.Config, "--output", project.Path);

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain($"error {ErrorCodes.OutputHoldsProtectedFolder}:").And.Contain("  fix: "));
        Assert.That(TreeSnapshot.Differences(before, TreeSnapshot.Take(project.Path)), Is.Empty);
    }

    [Test]
    public void An_unknown_option_with_json_gives_one_error_document()
    {
        // Act
        var (exit, stdout, err) = Run("status", "--colour", "blue", "--json");

        // Assert
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(err, Does.Contain($"error {ErrorCodes.Usage}:"));
        using var doc = System.Text.Json.JsonDocument.Parse(stdout);
        Assert.That(doc.RootElement.GetProperty("ok").GetBoolean(), Is.False);
        Assert.That(doc.RootElement.GetProperty("error").GetProperty("code").GetString(), Is.EqualTo(ErrorCodes.Usage));
    }

    [Test]
    public void A_file_where_a_folder_is_expected_is_coded_with_the_stack_trace_only_under_verbose()
    {
        // Arrange: the output's parent is a file, so creating the staging folder fails in the file system
        using var project = new TempProject();
        var output = project.Combine("data.csv/model");

        // Act
        var quiet = Run("train", "--config", project.Config, "--output", output);
        var verbose = Run("train", "--config", project.Config, "--output", output, "--verbose");

        // Assert
        Assert.That(quiet.Exit, Is.EqualTo(2));
        Assert.That(quiet.Err, Does.Contain($"error {ErrorCodes.FileSystemFailed}:").And.Contain("  fix: "));
        Assert.That(quiet.Err, Does.Not.Contain("   at "));
        Assert.That(verbose.Exit, Is.EqualTo(2));
        Assert.That(verbose.Err, Does.Contain("   at "));
    }
}
