using System.CommandLine;
using Tollgate.Cli;

var root = new RootCommand("tollgate: retrain, gate, package and promote ML models through environments.");
foreach (var command in CommandCatalog.Create())
{
    root.Add(command);
}

return await root.Parse(args).InvokeAsync();
