namespace Tollgate.Cli.Tests.Corpus;

public partial class BadInputCorpusTests
{
    // Rollout-time health failures (unreadable sources during a canary) belong to the crash-consistency tests;
    // these are the health inputs refused when tollgate.yml loads.
    private static IEnumerable<CorpusCase> HealthCases()
    {
        CorpusCase Health(string name, string strategy, string code) =>
            new("health", name, p => p.Write("tollgate.yml", ConfigHead + "environments:\n  - name: a\n    strategy: " + strategy + "\n"), "status {cfg}", 2, code);

        yield return Health("threshold that is prose", "{ kind: canary, steps: [100], health: { source: h.json, thresholds: [\"error rate is low\"] } }", ErrorCodes.GateInvalid);
        yield return Health("thresholds given as text", "{ kind: canary, steps: [100], health: { source: h.json, thresholds: error_rate } }", ErrorCodes.ConfigInvalid);
        yield return Health("unknown health key", "{ kind: canary, steps: [100], health: { url: h.json } }", ErrorCodes.ConfigInvalid);
    }
}
