using System.Text.Json;
using Cake.Core;
using Cake.Core.IO;
using Cake.Core.Tooling;
using Cake.Tollgate.Runner;

namespace Cake.Tollgate.Configuration;

/// <summary>
/// Runs <c>tollgate environments --json</c> and reads the environments of tollgate.yml in promotion order.
/// The CLI parses the file (with its validation and error codes), so the addin never re-implements tollgate.yml.
/// </summary>
public sealed class TollgateEnvironmentsReader : Tool<TollgateSettings>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly TollgateRunner arguments;

    /// <summary>Creates the reader from Cake's services.</summary>
    /// <param name="fileSystem">The file system.</param>
    /// <param name="environment">The environment.</param>
    /// <param name="processRunner">The process runner.</param>
    /// <param name="tools">The tool locator.</param>
    public TollgateEnvironmentsReader(IFileSystem fileSystem, ICakeEnvironment environment, IProcessRunner processRunner, IToolLocator tools)
        : base(fileSystem, environment, processRunner, tools)
    {
        // Same CLI location rules (and argument shape) as every other alias.
        arguments = new TollgateRunner(fileSystem, environment, processRunner, tools);
    }

    /// <summary>The environments, first to last; throws when the CLI fails (e.g. an invalid tollgate.yml, exit 2).</summary>
    /// <param name="settings">The settings.</param>
    /// <returns>The environments in promotion order.</returns>
    public IReadOnlyList<TollgateEnvironment> Read(TollgateSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var args = arguments.BuildArguments(["environments"], settings, a =>
        {
            if (!settings.Json)
            {
                a.Append("--json");
            }
        });
        var output = new List<string>();
        Run(settings, args, new ProcessSettings { RedirectStandardOutput = true }, process => output.AddRange(process.GetStandardOutput()));
        return Parse(string.Join('\n', output));
    }

    /// <summary>Parses the <c>--json</c> document (exposed for tests).</summary>
    /// <param name="json">stdout of <c>tollgate environments --json</c>.</param>
    /// <returns>The environments in promotion order.</returns>
    public static IReadOnlyList<TollgateEnvironment> Parse(string json)
    {
        var document = JsonSerializer.Deserialize<Document>(json, Json)
            ?? throw new CakeException("tollgate environments --json printed nothing.");
        return document.Environments ?? [];
    }

    /// <inheritdoc/>
    protected override string GetToolName() => "tollgate";

    /// <inheritdoc/>
    protected override IEnumerable<string> GetToolExecutableNames() => ["tollgate", "tollgate.exe"];

    private sealed record Document(bool Ok, IReadOnlyList<TollgateEnvironment>? Environments);
}
