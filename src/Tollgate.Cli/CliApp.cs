using System.CommandLine;

namespace Tollgate.Cli;

/// <summary>The command tree and the documented exit codes, shared by Program and the tests.</summary>
internal static class CliApp
{
    public static RootCommand Build()
    {
        var root = new RootCommand("tollgate: retrain, gate, package and promote ML models through environments.");
        foreach (var command in CommandCatalog.Create())
        {
            root.Add(command);
        }

        return root;
    }

    /// <summary>Runs the tool; usage errors (unknown option, missing value) exit 2 like every other input error.</summary>
    public static async Task<int> RunAsync(string[] args, InvocationConfiguration? configuration = null)
    {
        var parse = Build().Parse(args);
        if (parse.Errors.Count > 0)
        {
            return ErrorOutput.ReportUsage(parse.Errors.Select(e => e.Message).ToList(), args, configuration?.Error ?? Console.Error);
        }

        return await parse.InvokeAsync(configuration);
    }
}
