using System.CommandLine;
using Tollgate.Cli.Commands;

namespace Tollgate.Cli;

/// <summary>Every top-level command of the tool; one line each so features add commands without touching each other.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return StatusCommand.Create();
        yield return StatCommand.Create();
        yield return DriftCommand.Create();
        yield return ParityCommand.Create();
    }
}
