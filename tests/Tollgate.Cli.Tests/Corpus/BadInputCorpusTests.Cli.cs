namespace Tollgate.Cli.Tests.Corpus;

public partial class BadInputCorpusTests
{
    private static CorpusCase Cli(string name, string command, string code, int exit = 2) => new("cli", name, null, command, exit, code);

    private static void Approvals(CorpusProject p) => p.Config("  - name: production\n", "  - name: production\n    approvals: { required: 1, approvers: [" + Tollgate.Core.Environments.Actor.FromEnvironment().User + "] }\n");

    private static IEnumerable<CorpusCase> CliCases()
    {
        yield return Cli("unknown option", "status --colour blue {cfg}", ErrorCodes.Usage);
        yield return Cli("unknown command", "deploy {cfg}", ErrorCodes.Usage);
        yield return Cli("required environment missing", "validate {cfg}", ErrorCodes.Usage);
        yield return Cli("option value missing", "status {cfg} -e", ErrorCodes.Usage);
        yield return Cli("invalid strategy choice", "promote -e staging --strategy yolo {cfg}", ErrorCodes.Usage);
        yield return Cli("status of an unknown environment", "status -e nowhere {cfg}", ErrorCodes.UnknownEnvironment);
        yield return Cli("validate an unknown environment", "validate -e nowhere {cfg}", ErrorCodes.UnknownEnvironment);
        yield return Cli("promote to an unknown environment", "promote -e nowhere {cfg}", ErrorCodes.UnknownEnvironment);
        yield return Cli("history of an unknown environment", "history -e nowhere {cfg}", ErrorCodes.UnknownEnvironment);
        yield return Cli("promote skipping staging", "promote -e production {cfg}", ErrorCodes.PromotionEdge);
        yield return Cli("approve where no approvals are configured", "approve cli-model@9.9.9 -e production {cfg}", ErrorCodes.ApprovalsNotConfigured);
        yield return Cli("approve an unknown version", "approve cli-model@9.9.9 -e production {cfg}", ErrorCodes.ModelVersionUnknown) with { Setup = Approvals };
        yield return Cli("approve without a version", "approve cli-model -e production {cfg}", ErrorCodes.ModelSpecInvalid) with { Setup = Approvals };
        yield return Cli("retire an unknown version", "retire cli-model@9.9.9 --reason test {cfg}", ErrorCodes.ModelVersionUnknown);
        yield return Cli("rollback with nothing before", "rollback -e sandbox {cfg}", ErrorCodes.RollbackImpossible);
        yield return Cli("fetch without a version", "fetch cli-model --from nuget:{p}/out/feed --output {p}/fetched {cfg}", ErrorCodes.ModelSpecInvalid);
    }
}
