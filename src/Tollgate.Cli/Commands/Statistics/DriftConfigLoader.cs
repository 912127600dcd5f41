using Tollgate.Core.Config;
using Tollgate.Core.Data;
using Tollgate.Core.Statistics.Drift;

namespace Tollgate.Cli.Commands.Statistics;

/// <summary>
/// The drift settings of <c>tollgate drift --config</c>: the <c>drift:</c> section of tollgate.yml, loaded and
/// validated with the rest of the file, with the same keys and defaults as a drift gate (see <see cref="DriftSettings"/>).
/// </summary>
internal static class DriftConfigLoader
{
    public static (DriftOptions Options, Dictionary<string, ColumnKind> Schema) Load(string? path)
    {
        var settings = path is null ? new DriftSettings() : ConfigLoader.Load(path).Drift;
        var schema = settings.Schema.ToDictionary(kv => kv.Key, kv => DriftCliParsing.Kind(kv.Value), StringComparer.Ordinal);
        return (settings.ToOptions(), schema);
    }
}
