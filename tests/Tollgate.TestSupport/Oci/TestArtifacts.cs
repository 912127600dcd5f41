using Tollgate.Core.Artifacts;
using Tollgate.Core.Util;
using Tollgate.TestSupport;

namespace Tollgate.Core.Tests.Oci;

/// <summary>Builds small, valid artifact folders (tollgate.model.json + files of seeded random bytes).</summary>
public static class TestArtifacts
{
    public static string Create(string dir, string name = "churn", string version = "1.4.0", params (string Path, int Size, int Seed)[] files)
    {
        Directory.CreateDirectory(dir);
        if (files.Length == 0)
        {
            files = [("model.zip", 64 * 1024, 1)];
        }

        foreach (var (path, size, seed) in files)
        {
            var full = Path.Combine(dir, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            var bytes = new byte[size];
            new Random(seed).NextBytes(bytes);
            File.WriteAllBytes(full, bytes);
        }

        var listed = ContentDigest.ListFiles(dir);
        var zero = Hashing.Digest(new string('0', 64));
        ManifestStore.Write(dir, ContentDigest.Seal(new ModelManifest
        {
            Name = name,
            Version = version,
            Digest = "",
            Framework = "ml.net",
            Files = listed,
            Schema = new ModelSchema([new SchemaColumn("tenure", "float", "numeric")], [new SchemaColumn("score", "float")]),
            Lineage = new Lineage
            {
                Commit = "0123456789abcdef0123456789abcdef01234567",
                Dirty = false,
                DataDigest = zero,
                DataRows = 100,
                SpecDigest = zero,
                Task = "binary",
                Trainer = "FastTree",
                Hyperparameters = new Dictionary<string, string>(),
                Seed = 42,
                Deterministic = true,
                Tools = new Dictionary<string, string> { ["tollgate"] = "0.1.0" },
            },
            Metrics = new Dictionary<string, double> { ["auc"] = 0.91 },
            Created = new DateTimeOffset(2026, 5, 1, 12, 0, 0, TimeSpan.Zero),
            Card = new ModelCard { Description = "Churn scorer", License = "MIT" },
        }));
        return dir;
    }

    /// <summary>A new folder under the test process's temp root (<see cref="TestTemp"/>).</summary>
    public static string TempDir(string prefix = "tg-oci") => TestTemp.NewFolder(prefix);
}
