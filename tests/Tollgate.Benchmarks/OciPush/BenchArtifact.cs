using Tollgate.Core.Artifacts;
using Tollgate.Core.Util;

namespace Tollgate.Benchmarks.OciPush;

/// <summary>Writes an artifact folder with one large file of seeded random bytes, streamed in 1 MiB blocks.</summary>
internal static class BenchArtifact
{
    public static string Create(string dir, long sizeBytes)
    {
        Directory.CreateDirectory(dir);
        var random = new Random(42);
        var block = new byte[1 << 20];
        using (var file = new FileStream(Path.Combine(dir, "model.bin"), FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
        {
            for (long written = 0; written < sizeBytes; written += block.Length)
            {
                random.NextBytes(block);
                file.Write(block, 0, (int)Math.Min(block.Length, sizeBytes - written));
            }
        }

        var files = ContentDigest.ListFiles(dir);
        var zero = Hashing.Digest(new string('0', 64));
        ManifestStore.Write(dir, ContentDigest.Seal(new ModelManifest
        {
            Name = "bench",
            Version = "1.0.0",
            Digest = "",
            Framework = "onnx",
            Files = files,
            Schema = new ModelSchema([], []),
            Lineage = new Lineage
            {
                Commit = "bench", Dirty = false, DataDigest = zero, DataRows = 0, SpecDigest = zero, Task = "binary", Trainer = "none",
                Hyperparameters = new Dictionary<string, string>(), Seed = 42, Deterministic = true, Tools = new Dictionary<string, string>(),
            },
            Metrics = new Dictionary<string, double>(),
            Created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Card = new ModelCard(),
        }));
        return dir;
    }
}
