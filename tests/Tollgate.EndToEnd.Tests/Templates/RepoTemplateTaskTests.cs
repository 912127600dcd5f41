using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Gates;
using Tollgate.Core.Training;

namespace Tollgate.EndToEnd.Tests.Templates;

/// <summary>
/// Every --task of tollgate-repo generates a tollgate.yml, training spec and sample data that train and pass
/// the sandbox and staging gates (RepoTemplateTests runs the binary one through ./build.sh end to end).
/// </summary>
[NonParallelizable]
public class RepoTemplateTaskTests
{
    [TestCase("binary", "auc")]
    [TestCase("multiclass", "macro-accuracy")]
    [TestCase("regression", "r2")]
    public async Task The_generated_sample_trains_and_passes_the_sandbox_and_staging_gates(string task, string metric)
    {
        // Arrange: the packed template, generated into an empty folder
        using var dir = new TempDir();
        var hive = Path.Combine(dir.Path, "hive");
        var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(dir.Path, "packages") };
        Run(dir.Path, $"new install \"{Path.Combine(PackedKit.Feed, $"Tollgate.Templates.{PackedKit.Version}.nupkg")}\" --debug:custom-hive \"{hive}\"", env);
        Run(dir.Path, $"new tollgate-repo -n Sample.Model --task {task} --ci none --debug:custom-hive \"{hive}\"", env);
        var repo = Path.Combine(dir.Path, "Sample.Model");
        Assert.That(Directory.GetFiles(Path.Combine(repo, "model", "data")).Select(Path.GetFileName), Is.EquivalentTo(new[] { "train.csv", "recent.csv" }));
        Assert.That(Directory.Exists(Path.Combine(repo, ".github")), Is.False, "--ci none");
        Assert.That(File.Exists(Path.Combine(repo, "azure-pipelines.yml")), Is.False, "--ci none");

        // Act
        var config = ConfigLoader.Load(Path.Combine(repo, "tollgate.yml"));
        var artifact = config.Resolve(config.Model.Output);
        var manifest = new ModelTrainer(config).Train(artifact, _ => "1.0.0");
        var backend = BackendFactory.Create(config, _ => null);
        var sandbox = await new GateEvaluator(config, backend).EvaluateAsync(config.Environment("sandbox"), artifact, CancellationToken.None);
        var staging = await new GateEvaluator(config, backend).EvaluateAsync(config.Environment("staging"), artifact, CancellationToken.None);

        // Assert
        Assert.That(manifest.Lineage.Task, Is.EqualTo(task));
        Assert.That(manifest.Metrics, Contains.Key(metric));
        Assert.That(config.Environments.Select(e => e.Name), Is.EqualTo(new[] { "sandbox", "staging", "production" }));
        Assert.That(sandbox.Passed, Is.True, string.Join("\n", sandbox.Gates.Select(g => g.ToString())));
        Assert.That(staging.Passed, Is.True, string.Join("\n", staging.Gates.Select(g => g.ToString())));
    }

    private static void Run(string directory, string arguments, IDictionary<string, string> env)
    {
        var result = Shell.Run(directory, "dotnet", arguments, TimeSpan.FromMinutes(5), env);
        Assert.That(result.ExitCode, Is.EqualTo(0), $"dotnet {arguments}\n{result}");
    }
}
