using System.Diagnostics;
using Tollgate.Benchmarks.OciPush;
using Tollgate.Core.Oci;
using Tollgate.Core.Oci.Registry;

// Usage: dotnet run -c Release --project tests/Tollgate.Benchmarks/OciPush -- [sizeMiB=1024] [runs=3] [workDir]
var sizeMiB = args.Length > 0 ? int.Parse(args[0]) : 1024;
var runs = args.Length > 1 ? int.Parse(args[1]) : 3;
var work = args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"tg-ocibench-{Guid.NewGuid():N}");
Directory.CreateDirectory(work);
try
{
    var artifactDir = BenchArtifact.Create(Path.Combine(work, "artifact"), (long)sizeMiB << 20);
    var layout = Path.Combine(work, "layout");
    var sw = Stopwatch.StartNew();
    var artifact = OciArtifactBuilder.Build(artifactDir);
    var build = sw.Elapsed;
    sw.Restart();
    await OciPusher.PushAsync(artifact, new OciLayout(layout));
    var layoutWrite = sw.Elapsed;
    Console.WriteLine($"size {sizeMiB} MiB; verify+build {build.TotalSeconds:F2} s; layout write {layoutWrite.TotalSeconds:F2} s");

    var results = new Dictionary<string, List<double>> { ["tollgate-chunked"] = [], ["tollgate-monolithic"] = [], ["skopeo"] = [], ["tollgate-repush"] = [] };
    for (var run = 0; run < runs; run++)
    {
        foreach (var (name, options) in new[] { ("tollgate-chunked", new RegistryOptions()), ("tollgate-monolithic", new RegistryOptions { MonolithicLimit = long.MaxValue }) })
        {
            using var registry = new BenchRegistry(work);
            using var store = new RegistryStore(RegistryReference.Parse($"{registry.Host}/bench/model"), options);
            sw.Restart();
            var pushed = await OciPusher.PushAsync(artifact, store);
            results[name].Add(sw.Elapsed.TotalSeconds);
            sw.Restart();
            var again = await OciPusher.PushAsync(artifact, store);
            results["tollgate-repush"].Add(sw.Elapsed.TotalSeconds);
            if (again.UploadedBlobs.Count != 0 || pushed.UploadedBlobs.Count != 2)
            {
                throw new InvalidOperationException("re-push uploaded blobs");
            }
        }

        using (var registry = new BenchRegistry(work))
        {
            var info = new ProcessStartInfo("skopeo") { ArgumentList = { "copy", "--quiet", "--preserve-digests", "--dest-tls-verify=false", $"oci:{layout}:1.0.0", $"docker://{registry.Host}/bench/model:1.0.0" } };
            sw.Restart();
            using var skopeo = Process.Start(info)!;
            skopeo.WaitForExit();
            results["skopeo"].Add(sw.Elapsed.TotalSeconds);
            if (skopeo.ExitCode != 0)
            {
                throw new InvalidOperationException("skopeo copy failed");
            }
        }
    }

    double Median(List<double> v) => v.Order().ElementAt(v.Count / 2);
    foreach (var (name, times) in results)
    {
        var m = Median(times);
        Console.WriteLine($"{name,-20} median {m:F2} s ({sizeMiB / m:F0} MiB/s)  runs: {string.Join(", ", times.Select(t => t.ToString("F2")))}");
    }

    Console.WriteLine($"ratio tollgate-chunked/skopeo {Median(results["tollgate-chunked"]) / Median(results["skopeo"]):F2}; tollgate-monolithic/skopeo {Median(results["tollgate-monolithic"]) / Median(results["skopeo"]):F2}");
    Console.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 >> 20} MiB; GC total allocated {GC.GetTotalAllocatedBytes() >> 20} MiB");
}
finally
{
    Directory.Delete(work, recursive: true);
}
