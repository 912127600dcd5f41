namespace Tollgate.Cli.Tests;

public class CliLogTests
{
    [TestCase(false, "out")]
    [TestCase(true, "err")]
    public void Workflow_commands_leave_stdout_to_the_json_document(bool json, string expected)
    {
        // Arrange
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var log = new CliLog(json, stdout: stdout, stderr: stderr);

        // Act
        log.Annotation("::error title=Tollgate staging%3A auc::failed");
        log.Info("progress");
        log.Warning("TOLLGATE0520", "large");

        // Assert
        Assert.That((expected == "out" ? stdout : stderr).ToString(), Does.Contain("::error title="));
        Assert.That(stderr.ToString(), Does.Contain("progress").And.Contain("warning TOLLGATE0520: large"));
        Assert.That(stdout.ToString(), Does.Not.Contain("progress"));
    }
}
