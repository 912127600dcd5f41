using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Tollgate.Core.Artifacts;
using Tollgate.Core.Config;
using Tollgate.Core.Packaging;
using Tollgate.Core.Util;

// Pack + digest of a large model vs sha256sum on the same file (see ../README-packaging.md).
//   dotnet run -c Release --project tests/Tollgate.Benchmarks/PackDigest -- [sizeMiB=1024] [runs=3]
// `artifact DIR [sizeMiB]` only writes the artifact (used by ../pack-bench.sh, which times the real CLI).
if (args.Length > 1 && args[0] == "artifact")
{
    Directory.CreateDirectory(args[1]);
    WriteRandom(Path.Combine(args[1], "model.zip"), args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1024);
    WriteManifest(args[1]);
    return;
}

var sizeMiB = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 1024;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var work = Path.Combine(Path.GetTempPath(), $"tollgate-bench-pack-{Guid.NewGuid():N}");
var artifact = Path.Combine(work, "artifact");
Directory.CreateDirectory(artifact);
try
{
    var model = Path.Combine(artifact, "model.zip");
    WriteRandom(model, sizeMiB);
    WriteManifest(artifact);
    var config = new TollgateConfig { Model = { Name = "bench" }, Package = { Id = "Bench.Model" }, BaseDirectory = work };
    var results = new Dictionary<string, List<double>> { ["sha256sum"] = [], ["tollgate-digest"] = [], ["tollgate-pack"] = [] };
    var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
    for (var run = 0; run < runs; run++)
    {
        results["sha256sum"].Add(Time(() => Sha256Sum(model)));
        results["tollgate-digest"].Add(Time(() => ManifestStore.Read(artifact)));
        var feed = Path.Combine(work, $"feed-{run}");
        results["tollgate-pack"].Add(Time(() => new NuGetModelPackager(config).Pack(artifact, feed)));
        Directory.Delete(feed, recursive: true);
    }

    var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
    Console.WriteLine($"| Case | median | runs | throughput |\n| --- | --- | --- | --- |");
    foreach (var (name, times) in results)
    {
        var median = times.Order().ElementAt(times.Count / 2);
        Console.WriteLine(FormattableString.Invariant($"| {name} | {median:0.00} s | {string.Join(", ", times.Select(t => t.ToString("0.00", CultureInfo.InvariantCulture)))} | {sizeMiB / median:0} MiB/s |"));
    }

    var sha = results["sha256sum"].Order().ElementAt(runs / 2);
    Console.WriteLine(FormattableString.Invariant($"digest/sha256sum throughput: {sha / results["tollgate-digest"].Order().ElementAt(runs / 2):0.00}; pack/sha256sum: {sha / results["tollgate-pack"].Order().ElementAt(runs / 2):0.00}"));
    Console.WriteLine(FormattableString.Invariant($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB; GC allocated {allocated / (1024 * 1024)} MiB over {runs * 2 * sizeMiB} MiB processed"));
}
finally
{
    Directory.Delete(work, recursive: true);
}

static double Time(Action action)
{
    var watch = Stopwatch.StartNew();
    action();
    return watch.Elapsed.TotalSeconds;
}

static void Sha256Sum(string path)
{
    using var process = Process.Start(new ProcessStartInfo("sha256sum", $"\"{path}\"") { RedirectStandardOutput = true })!;
    process.StandardOutput.ReadToEnd();
    process.WaitForExit();
}

// Incompressible bytes, like a real (already zipped) model; 1 MiB at a time so memory stays flat.
static void WriteRandom(string path, int sizeMiB)
{
    var buffer = new byte[1 << 20];
    var rng = new Random(42);
    using var file = File.Create(path);
    for (var i = 0; i < sizeMiB; i++)
    {
        rng.NextBytes(buffer);
        file.Write(buffer);
    }
}

static void WriteManifest(string dir)
{
    var listed = ContentDigest.ListFiles(dir);
    var zero = Hashing.Digest(Convert.ToHexStringLower(SHA256.HashData(Array.Empty<byte>())));
    ManifestStore.Write(dir, ContentDigest.Seal(new ModelManifest
    {
        Name = "bench", Version = "1.0.0", Digest = "", Framework = "ml.net", Files = listed,
        Schema = new ModelSchema([new SchemaColumn("x", "float", "numeric")], [new SchemaColumn("score", "float")]),
        Lineage = new Lineage
        {
            Commit = new string('0', 40), Dirty = false, DataDigest = zero, DataRows = 1, SpecDigest = zero, Task = "binary",
            Trainer = "FastTree", Hyperparameters = new Dictionary<string, string>(), Seed = 1, Deterministic = true,
            Tools = new Dictionary<string, string> { ["tollgate"] = "bench" },
        },
        Metrics = new Dictionary<string, double> { ["auc"] = 0.5 },
        Created = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero),
        Card = new ModelCard { Description = "benchmark" },
    }));
}
