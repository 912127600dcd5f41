using System.CommandLine;

namespace Tollgate.Cli.Commands;

/// <summary><c>tollgate status</c>: what runs where.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "Show which model version runs in each environment.");
        command.SetHandler(_ => 0);
        return command;
    }
}
