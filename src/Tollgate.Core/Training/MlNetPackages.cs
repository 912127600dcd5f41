using System.Reflection;

namespace Tollgate.Core.Training;

/// <summary>
/// The ML.NET NuGet packages a trained model needs at prediction time, at the versions that trained it.
/// Package versions come from the assemblies' informational version ("5.0.1+commit"): the assembly
/// version (5.0.0.0) is not a package version a consumer could restore.
/// </summary>
internal static class MlNetPackages
{
    public const string Core = "Microsoft.ML";
    public const string FastTree = "Microsoft.ML.FastTree";

    /// <summary>Manifest <c>lineage.tools</c> keys: ML.NET's package version, and FastTree's when a tree trainer trained the model.</summary>
    public const string CoreToolKey = "ml.net";
    public const string FastTreeToolKey = "ml.net.fasttree";

    /// <summary>Tool entries recorded for a model trained with <paramref name="trainer"/>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> ToolVersions(string trainer)
    {
        yield return new(CoreToolKey, PackageVersion(typeof(Microsoft.ML.MLContext).Assembly));
        if (UsesFastTree(trainer))
        {
            yield return new(FastTreeToolKey, PackageVersion(typeof(Microsoft.ML.Trainers.FastTree.FastTreeBinaryTrainer).Assembly));
        }
    }

    /// <summary>Package id → version a consumer must reference to load a model with this lineage.</summary>
    public static IReadOnlyList<(string Id, string Version)> Dependencies(string trainer, IReadOnlyDictionary<string, string> tools)
    {
        if (!tools.TryGetValue(CoreToolKey, out var core))
        {
            return [];
        }

        var dependencies = new List<(string, string)> { (Core, core) };
        if (UsesFastTree(trainer))
        {
            dependencies.Add((FastTree, tools.TryGetValue(FastTreeToolKey, out var tree) ? tree : core));
        }

        return dependencies;
    }

    public static bool UsesFastTree(string trainer) => trainer.StartsWith("fasttree", StringComparison.Ordinal);

    private static string PackageVersion(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion;
        return informational is { Length: > 0 }
            ? informational.Split('+')[0]
            : assembly.GetName().Version?.ToString(3) ?? "unknown";
    }
}
