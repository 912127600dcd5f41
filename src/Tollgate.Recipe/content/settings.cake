// Tollgate.Recipe: the one typed settings object. Every setting has a default, an argument override
// (--tollgate-…) and is printed at start-up; secrets are read from environment variables and never printed.
public sealed class TollgateRecipeSettings
{
    public string RecipeVersion { get; set; }
    public string CakeVersion { get; set; }
    public string Target { get; set; }
    public string TaskPrefix { get; set; }
    public FilePath ConfigFile { get; set; }
    public FilePath CliAssembly { get; set; }
    public string ValidateEnvironment { get; set; }
    public string Environment { get; set; }
    public FilePath CurrentData { get; set; }
    public string To { get; set; }
    public string Reason { get; set; }
    public string Model { get; set; }
    public bool OneProcess { get; set; }
    public string TokenVariable { get; set; }
    public string Token { get; set; }
    public IReadOnlyList<TollgateEnvironment> Environments { get; set; } = Array.Empty<TollgateEnvironment>();

    // Set by Train when it ran the whole chain in one process (see pipeline.cake); later tasks report from it.
    public TollgatePipelineResult OneProcessRun { get; set; }

    // The task builders, exposed so a build can add dependencies or actions without copying a task.
    public TollgateRecipeTasks Tasks { get; set; }

    public string TaskName(string name) => TaskPrefix + name;

    // Fresh tool settings per call: an argument customisation for one alias never leaks into the next.
    public TollgateSettings Tool(Func<ProcessArgumentBuilder, ProcessArgumentBuilder> extra = null)
    {
        var settings = new TollgateSettings { ConfigFile = ConfigFile, CliAssemblyPath = CliAssembly, ArgumentCustomization = extra };
        if (!string.IsNullOrEmpty(Token) && TokenVariable != "GITHUB_TOKEN")
        {
            // The CLI reads GITHUB_TOKEN (or backend.tokenVariable); hand it the secret under that name.
            settings.EnvironmentVariables["GITHUB_TOKEN"] = Token;
        }

        return settings;
    }

    public TollgateSettings ToolWithCurrentData()
    {
        var settings = Tool();
        settings.CurrentData = CurrentData;
        return settings;
    }
}

TollgateRecipeSettings TollgateRecipeSettingsFromArguments(
    string taskPrefix, string configFile, string cliAssembly, string validateEnvironment, string tokenVariable, bool oneProcess)
{
    var tokenName = Argument("tollgate-token-variable", tokenVariable ?? "GITHUB_TOKEN");
    var config = Argument("tollgate-config", configFile ?? "");
    var cli = Argument("tollgate-cli", cliAssembly ?? "");
    var current = Argument("current-data", "");
    return new TollgateRecipeSettings
    {
        RecipeVersion = TollgateRecipeVersion,
        CakeVersion = typeof(ICakeContext).Assembly.GetName().Version.ToString(3),
        Target = Argument("target", "Default"),
        TaskPrefix = Argument("tollgate-task-prefix", taskPrefix ?? ""),
        ConfigFile = config.Length == 0 ? null : MakeAbsolute(File(config)),
        CliAssembly = cli.Length == 0 ? null : MakeAbsolute(File(cli)),
        ValidateEnvironment = Argument("tollgate-validate-environment", validateEnvironment ?? ""),
        Environment = Argument("environment", ""),
        CurrentData = current.Length == 0 ? null : MakeAbsolute(File(current)),
        To = Argument("to", ""),
        Reason = Argument("reason", ""),
        Model = Argument("model", ""),
        OneProcess = Argument("tollgate-one-process", oneProcess),
        TokenVariable = tokenName,
        Token = EnvironmentVariable(tokenName),
    };
}

void TollgatePrintSettings(TollgateRecipeSettings s)
{
    string Or(object value, string fallback) => value is null || value.ToString().Length == 0 ? fallback : value.ToString();
    Information($"Tollgate.Recipe {s.RecipeVersion} on Cake {s.CakeVersion} (tested with Cake {TollgateRecipeTestedCake})");
    Information($"  target                        {s.Target}");
    Information($"  --tollgate-task-prefix        {Or(s.TaskPrefix, "(none)")}");
    Information($"  --tollgate-config             {Or(s.ConfigFile, "(tollgate.yml found upward)")}");
    Information($"  --tollgate-cli                {Or(s.CliAssembly, "(Tollgate.Cli tool " + s.RecipeVersion + ")")}");
    Information($"  --tollgate-validate-environment {Or(s.ValidateEnvironment, "(the target's environment, else the second one)")}");
    Information($"  --tollgate-token-variable     {s.TokenVariable} = {(string.IsNullOrEmpty(s.Token) ? "(not set)" : "***")}");
    Information($"  --tollgate-one-process        {(s.OneProcess ? "true (Train…Promote<Env> in one tollgate process when not customised)" : "false (one process per task)")}");
    Information($"  --environment                 {Or(s.Environment, "(per task)")}");
    Information($"  --current-data                {Or(s.CurrentData, "(as tollgate.yml says)")}");
    Information($"  --to / --reason / --model     {Or(s.To, "-")} / {Or(s.Reason, "-")} / {Or(s.Model, "-")}");
    Information($"  environments                  {string.Join(" → ", s.Environments.Select(e => e.Name))}");
}
