using System.CommandLine;

namespace Tollgate.Cli.Tests;

/// <summary>The catalog builds only the command a command line names, and its names match the commands they create.</summary>
public class CommandCatalogTests
{
    [Test]
    public void Every_entry_creates_the_command_it_is_named_after_and_names_are_unique()
    {
        // Arrange
        var entries = CommandCatalog.Entries;

        // Act
        var created = entries.Select(e => (e.Name, Command: e.Create())).ToList();

        // Assert
        Assert.That(created.Select(c => c.Command.Name), Is.EqualTo(created.Select(c => c.Name)));
        Assert.That(entries.Select(e => e.Name), Is.Unique);
    }

    [TestCase("push", "--oci", "oci://127.0.0.1:5000/x")]
    [TestCase("ledger", "verify")]
    public void A_command_line_naming_a_command_builds_only_that_command(params string[] args)
    {
        // Act
        var root = CliApp.Build(args);

        // Assert
        Assert.That(root.Subcommands.Select(c => c.Name), Is.EqualTo(new[] { args[0] }));
    }

    [TestCase]
    [TestCase("--version")]
    [TestCase("--verbose", "push")]
    [TestCase("pushh")]
    public void Any_other_command_line_builds_every_command(params string[] args)
    {
        // Act
        var root = CliApp.Build(args);

        // Assert: help, --version, options before the command and typos ("did you mean") see the whole tree
        Assert.That(root.Subcommands, Has.Count.EqualTo(CommandCatalog.Entries.Count));
    }

    [Test]
    public void Help_of_a_named_command_is_its_own_help()
    {
        // Act
        var (exit, output, _) = Support.CliHarness.Run("push", "--help");

        // Assert
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("--oci").And.Contain("--artifact"));
    }
}
