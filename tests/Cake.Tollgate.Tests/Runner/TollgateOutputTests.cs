using Cake.Tollgate.Environments;

namespace Cake.Tollgate.Tests.Runner;

public class TollgateOutputTests
{
    [Test]
    public void Reads_the_document_even_after_stray_lines()
    {
        // Arrange
        string[] stdout = ["Welcome to .NET!", "{ \"ok\": true, \"exitCode\": 0, \"ledger\": \"/r/.tollgate/ledger.jsonl\", \"valid\": true,", "  \"records\": 4 }"];

        // Act
        var result = TollgateOutput.Read<TollgateLedgerResult>("ledger verify", 0, stdout);

        // Assert
        Assert.That(result, Is.EqualTo(new TollgateLedgerResult("/r/.tollgate/ledger.jsonl", true, 4)));
    }

    [Test]
    public void Names_a_version_mismatch_when_a_successful_run_wrote_no_json()
    {
        // Act
        var ex = Assert.Throws<CakeException>(() => TollgateOutput.Read<TollgateLedgerResult>("status", 0, ["environment  model"]));

        // Assert
        Assert.That(ex!.Message, Does.Contain("TOLLGATE1551").And.Contain("same version"));
    }

    [Test]
    public void Reports_the_exit_code_when_a_failing_run_wrote_no_json()
    {
        // Act
        var ex = Assert.Throws<TollgateCommandException>(() => TollgateOutput.Read<TollgateLedgerResult>("train", 2, []));

        // Assert
        Assert.That((ex!.ExitCode, ex.Code), Is.EqualTo((2, (string?)null)));
    }

    [Test]
    public void Throws_an_error_document_even_when_failed_checks_are_returned()
    {
        // Arrange: a corrupt ledger is an error, not a verdict to look at
        string[] stdout = ["""{ "ok": false, "exitCode": 1, "ledger": "/l", "valid": false, "error": { "code": "TOLLGATE0201", "message": "record 3 was edited" } }"""];

        // Act
        var ex = Assert.Throws<TollgateCommandException>(() => TollgateOutput.Read<TollgateLedgerResult>("ledger verify", 1, stdout, throwOnFailedCheck: false));

        // Assert
        Assert.That(ex!.Code, Is.EqualTo("TOLLGATE0201"));
    }
}
