using System.CommandLine;
using Tollgate.Cli.Commands;

namespace Tollgate.Cli;

/// <summary>
/// Every top-level command of the tool, by name, one line each so features add commands without touching each other.
/// Commands are created on demand: a command line that names one builds only that one (see <see cref="CliApp.Build"/>).
/// </summary>
internal static class CommandCatalog
{
    public static IReadOnlyList<(string Name, Func<Command> Create)> Entries { get; } =
    [
        ("train", TrainCommand.Create),
        ("validate", ValidateCommand.Create),
        ("pack", PackCommand.Create),
        ("promote", PromoteCommand.Create),
        ("pipeline", PipelineCommand.Create),
        ("rollback", RollbackCommand.Create),
        ("status", StatusCommand.Create),
        ("history", HistoryCommand.Create),
        ("ledger", LedgerCommand.Create),
        ("push", PushCommand.Create),
        ("fetch", FetchCommand.Create),
        ("tag", TagCommand.Create),
        ("approve", ApproveCommand.Create),
        ("retire", RetireCommand.Create),
        ("stat", StatCommand.Create),
        ("drift", DriftCommand.Create),
        ("parity", ParityCommand.Create),
        ("sign", SignCommand.Create),
        ("verify", VerifyCommand.Create),
        ("environments", EnvironmentsCommand.Create),
    ];

    public static IEnumerable<Command> Create() => Entries.Select(e => e.Create());

    /// <summary>The commands a command line can reach: the one its first word names, else all (help, typos, --version).</summary>
    public static IEnumerable<Command> For(IReadOnlyList<string> args) =>
        args.Count > 0 && Entries.FirstOrDefault(e => e.Name == args[0]).Create is { } named ? [named()] : Create();
}
