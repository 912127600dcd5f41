using System.CommandLine;

namespace Tollgate.Cli;

/// <summary>Options shared by several commands, so they are spelled and described once.</summary>
internal static class CommonOptions
{
    public static Option<string?> Config() => new("--config", "-c")
    {
        Description = "Path to tollgate.yml (default: searched upward from the current directory).",
    };

    public static Option<bool> RerunGates() => new("--rerun-gates") { Description = "Run the gates even when a passing report with unchanged inputs exists." };

    public static Option<bool> Json() => new("--json") { Description = "Write machine-readable JSON to stdout." };

    public static Option<string?> Environment(bool required = false) => new("--environment", "-e")
    {
        Description = "Environment name, e.g. staging.",
        Required = required,
    };

    public static Option<string?> CurrentData() => new("--current")
    {
        Description = "Current data (recent production traffic) for drift gates, instead of the file tollgate.yml names.",
    };

    public static Option<string?> Artifact() => new("--artifact", "-a")
    {
        Description = "Artifact folder holding tollgate.model.json (default: the config's artifacts.model folder).",
    };
}
