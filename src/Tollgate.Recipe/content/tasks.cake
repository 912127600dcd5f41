// Tollgate.Recipe: the entry call and the task set. One call defines every task; the returned settings
// carry the task builders (settings.Tasks) so a build can extend them.
public sealed class TollgateRecipeTasks
{
    public CakeTaskBuilder Train { get; set; }
    public CakeTaskBuilder Validate { get; set; }
    public CakeTaskBuilder Package { get; set; }
    public CakeTaskBuilder Rollback { get; set; }
    public CakeTaskBuilder Retire { get; set; }
    public CakeTaskBuilder Status { get; set; }
    public CakeTaskBuilder Drift { get; set; }

    // Promote<Environment> per environment of tollgate.yml, keyed by environment name, in promotion order.
    public IReadOnlyDictionary<string, CakeTaskBuilder> Promote { get; set; }
}

TollgateRecipeSettings TollgateRecipe(
    string taskPrefix = null,
    string configFile = null,
    string cliAssembly = null,
    string validateEnvironment = null,
    string tokenVariable = null,
    bool oneProcess = true)
{
    var s = TollgateRecipeSettingsFromArguments(taskPrefix, configFile, cliAssembly, validateEnvironment, tokenVariable, oneProcess);
    // The CLI reads (and validates) tollgate.yml; the promotion targets follow its environment order.
    // Remembered under Cake's tools folder (git-ignored), keyed by tollgate.yml's bytes and the CLI: a warm build
    // starts no process just to learn the task names.
    s.Environments = TollgateEnvironments(s.Tool(), MakeAbsolute(File("tools/tollgate-recipe/environments.json"))).Environments;
    if (s.Environments.Count == 0)
    {
        throw new CakeException("tollgate.yml declares no environments: add at least one under `environments:` (see the Tollgate README).");
    }

    TollgatePrintSettings(s);
    var train = TollgateTrainTask(s);
    var validate = TollgateValidateTask(s, train);
    var package = TollgatePackageTask(s, validate);
    s.Tasks = new TollgateRecipeTasks
    {
        Train = train,
        Validate = validate,
        Package = package,
        Promote = TollgatePromoteTasks(s, package),
        Rollback = TollgateRollbackTask(s),
        Retire = TollgateRetireTask(s),
        Status = Task(s.TaskName("Status")).Description("Print what runs in each environment").Does(() => TollgateStatus(s.Tool())),
        Drift = TollgateDriftTask(s),
    };
    return s;
}

// PascalCase task suffix for an environment name: staging → Staging, pre-prod → PreProd.
string TollgatePascalCase(string name) =>
    string.Concat(name.Split(new[] { '-', '_', '.', ' ' }, StringSplitOptions.RemoveEmptyEntries)
        .Select(word => char.ToUpperInvariant(word[0]) + word.Substring(1)));
