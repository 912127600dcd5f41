using System.CommandLine;
using Tollgate.Cli.Commands;

namespace Tollgate.Cli;

/// <summary>Every top-level command of the tool; one line each so features add commands without touching each other.</summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> Create()
    {
        yield return TrainCommand.Create();
        yield return ValidateCommand.Create();
        yield return PackCommand.Create();
        yield return PromoteCommand.Create();
        yield return PipelineCommand.Create();
        yield return RollbackCommand.Create();
        yield return StatusCommand.Create();
        yield return HistoryCommand.Create();
        yield return LedgerCommand.Create();
        yield return PushCommand.Create();
        yield return FetchCommand.Create();
        yield return TagCommand.Create();
        yield return ApproveCommand.Create();
        yield return RetireCommand.Create();
        yield return StatCommand.Create();
        yield return DriftCommand.Create();
        yield return ParityCommand.Create();
        yield return SignCommand.Create();
        yield return VerifyCommand.Create();
        yield return EnvironmentsCommand.Create();
    }
}
