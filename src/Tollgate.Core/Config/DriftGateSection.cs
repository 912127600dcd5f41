namespace Tollgate.Core.Config;

/// <summary>Reference vs current data drift (statistics engine): the shared <see cref="DriftSettings"/> plus which data to compare.</summary>
internal sealed class DriftGateSection : DriftSettings
{
    public string Reference { get; set; } = "";
    public string Current { get; set; } = "";
    public List<string> Columns { get; set; } = [];
}
