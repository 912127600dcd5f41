using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Util;

namespace Tollgate.Core.Training;

/// <summary>Assembles the model card + lineage for a freshly trained model.</summary>
internal static class ManifestFactory
{
    public static ModelManifest Create(
        TollgateConfig config,
        TrainingSpec spec,
        TrainingDataLoader.LoadedData data,
        string? testDigest,
        IReadOnlyList<ArtifactFile> files,
        string digest,
        string version,
        IReadOnlyDictionary<string, double> metrics,
        DateTimeOffset created)
    {
        var git = GitInfo.Read(config.BaseDirectory);
        var specText = File.ReadAllText(spec.SourcePath).ReplaceLineEndings("\n");
        return new ModelManifest
        {
            Name = config.Model.Name,
            Version = version,
            Digest = digest,
            Framework = "ml.net",
            Files = files,
            Schema = new ModelSchema(Inputs(spec), Outputs(spec.Task)),
            Lineage = new Lineage
            {
                Commit = git.Commit,
                Dirty = git.Dirty,
                DataDigest = data.Digest,
                DataRows = data.Rows,
                TestDataDigest = testDigest,
                SpecDigest = Hashing.Digest(Hashing.Sha256Hex(specText)),
                Task = spec.Task,
                Trainer = spec.Trainer.Name,
                Hyperparameters = new SortedDictionary<string, string>(spec.Trainer.Hyperparameters, StringComparer.Ordinal),
                Seed = spec.Seed,
                Deterministic = true,
                DeterminismNote = "single-threaded trainer with a fixed seed; model zip rewritten with fixed timestamps and no compression",
                Tools = ToolVersions(spec.Trainer.Name),
            },
            Metrics = metrics,
            Created = created,
            Card = Card(config),
            DigestFormat = ContentDigest.CurrentFormat,
        };
    }

    /// <summary>The tools recorded in the lineage; <see cref="TrainingFreshness"/> compares them too.</summary>
    public static SortedDictionary<string, string> ToolVersions(string trainer)
    {
        var tools = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["tollgate"] = TollgateVersion(),
            ["dotnet"] = Environment.Version.ToString(),
        };
        foreach (var (key, version) in MlNetPackages.ToolVersions(trainer))
        {
            tools[key] = version; // package versions, so a consumer can restore exactly what trained the model
        }

        return tools;
    }

    /// <summary>The kit's version from git tags (MinVer), without build metadata; assembly versions stay at MAJOR.0.0.0.</summary>
    private static string TollgateVersion()
    {
        var assembly = typeof(ManifestFactory).Assembly;
        var informational = assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion;
        return informational?.Split('+')[0] ?? assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }

    /// <summary>The model card from tollgate.yml, as recorded in the manifest.</summary>
    public static ModelCard Card(TollgateConfig config) => new()
    {
        Description = config.Model.Card.Description,
        IntendedUse = config.Model.Card.IntendedUse,
        Limitations = config.Model.Card.Limitations,
        Owners = config.Model.Card.Owners,
        License = config.Model.Card.License,
    };

    private static List<SchemaColumn> Inputs(TrainingSpec spec) =>
    [
        .. spec.Features.Numeric.Select(c => new SchemaColumn(c, "single", "numeric")),
        .. spec.Features.Categorical.Select(c => new SchemaColumn(c, "string", "categorical")),
        .. spec.Features.Text.Select(c => new SchemaColumn(c, "string", "text")),
    ];

    private static List<SchemaColumn> Outputs(string task) => task switch
    {
        "binary" => [new("PredictedLabel", "boolean"), new("Score", "single"), new("Probability", "single")],
        "multiclass" => [new("PredictedValue", "string"), new("Score", "single[]")],
        _ => [new("Score", "single")],
    };
}
