namespace Tollgate.Core.Config;

/// <summary>A user command whose exit code decides (0 passes).</summary>
internal sealed class CommandGateSection
{
    public string Run { get; set; } = "";
    public List<string> Args { get; set; } = [];
    public string? WorkingDirectory { get; set; }
    public double TimeoutSeconds { get; set; } = 600;
}
