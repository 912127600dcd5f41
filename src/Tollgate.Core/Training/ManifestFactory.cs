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
                Tools = Tools(spec.Trainer.Name),
            },
            Metrics = metrics,
            Created = created,
            Card = new ModelCard
            {
                Description = config.Model.Card.Description,
                IntendedUse = config.Model.Card.IntendedUse,
                Limitations = config.Model.Card.Limitations,
                Owners = config.Model.Card.Owners,
                License = config.Model.Card.License,
            },
        };
    }

    private static SortedDictionary<string, string> Tools(string trainer)
    {
        var tools = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["tollgate"] = typeof(ManifestFactory).Assembly.GetName().Version?.ToString(3) ?? "0.0.0",
            ["dotnet"] = Environment.Version.ToString(),
        };
        foreach (var (key, version) in MlNetPackages.ToolVersions(trainer))
        {
            tools[key] = version; // package versions, so a consumer can restore exactly what trained the model
        }

        return tools;
    }

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
