using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Tollgate.EndToEnd.Tests.Templates;

/// <summary>
/// The newcomer's path with packages only from the freshly packed kit: install the templates, create a
/// repository, promote to staging with its own build script (twice: the second run changes nothing), then
/// create a consumer app that builds against the produced model package and predicts.
/// </summary>
[NonParallelizable]
public class RepoTemplateTests
{
    [Test]
    public void A_generated_repository_promotes_to_staging_idempotently_and_a_generated_consumer_predicts_with_its_model()
    {
        // Arrange: an empty folder, a private template hive and packages folder
        using var dir = new TempDir();
        var hive = Path.Combine(dir.Path, "hive");
        var work = Directory.CreateDirectory(Path.Combine(dir.Path, "work")).FullName;
        var env = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(dir.Path, "packages") };
        var templates = Path.Combine(PackedKit.Feed, $"Tollgate.Templates.{PackedKit.Version}.nupkg");
        Run(work, "dotnet", $"new install \"{templates}\" --debug:custom-hive \"{hive}\"", env);

        // Act 1: dotnet new tollgate-repo
        Run(work, "dotnet", $"new tollgate-repo -n Contoso.Churn --ci both --packageSource \"{PackedKit.Feed}\" --debug:custom-hive \"{hive}\"", env);
        var repo = Path.Combine(work, "Contoso.Churn");

        // Assert 1: the repository's files, versions pinned to this kit
        foreach (var file in new[] { "tollgate.yml", "model/training.yml", "model/data/train.csv", "model/data/recent.csv", "build.cake", "build.sh", "build.ps1", "cake.config",
                     ".config/dotnet-tools.json", "nuget.config", ".gitignore", "README.md", ".github/workflows/tollgate.yml", "azure-pipelines.yml" })
        {
            Assert.That(File.Exists(Path.Combine(repo, file)), Is.True, file);
        }

        Assert.That(Directory.GetFileSystemEntries(work), Is.EqualTo(new[] { repo }), "the template writes only into its output folder");
        Assert.That(File.ReadAllText(Path.Combine(repo, "build.cake")), Does.Contain($"#load nuget:?package=Tollgate.Recipe&version={PackedKit.Version}"));
        using (var tools = JsonDocument.Parse(File.ReadAllText(Path.Combine(repo, ".config", "dotnet-tools.json"))))
        {
            Assert.That(tools.RootElement.GetProperty("tools").GetProperty("cake.tool").GetProperty("version").GetString(), Is.EqualTo("7.0.0"));
            Assert.That(tools.RootElement.GetProperty("tools").GetProperty("tollgate.cli").GetProperty("version").GetString(), Is.EqualTo(PackedKit.Version));
        }

        Assert.That(File.ReadAllText(Path.Combine(repo, "tollgate.yml")), Does.Contain("name: contoso.churn").And.Contain("id: Contoso.Churn.Model"));

        // Act 2: the newcomer's third command, twice
        var first = Run(repo, Path.Combine(repo, "build.sh"), "--target=PromoteStaging", env);
        var ledger = File.ReadAllBytes(Path.Combine(repo, ".tollgate", "ledger.jsonl"));
        var package = Directory.GetFiles(Path.Combine(repo, "artifacts", "feed"), "*.nupkg").Single();
        var packageBytes = File.ReadAllBytes(package);
        var second = Run(repo, Path.Combine(repo, "build.sh"), "--target=PromoteStaging", env);

        // Assert 2: sandbox then staging; the second run changes nothing
        Assert.That(first.All, Does.Contain("promoted to sandbox").And.Contain("promoted to staging"));
        Assert.That(Regex.Replace(first.All, "\u001b\\[[0-9;]*m", ""), Does.Contain("environments                  sandbox → staging → production"));
        Assert.That(first.All, Does.Contain("(in the one-process run)"), "the uncustomised chain ran as one tollgate process");
        Assert.That(second.All, Does.Contain("already runs in staging").And.Contain("not retrained").And.Contain("Gates for staging: skipped"));
        Assert.That(second.All, Does.Not.Contain("  ✓ ").And.Not.Contain("Training "), "the warm run trains nothing and runs no gate");
        Assert.That(second.All, Does.Not.Contain("promoted to"));
        Assert.That(File.ReadAllBytes(Path.Combine(repo, ".tollgate", "ledger.jsonl")), Is.EqualTo(ledger));
        Assert.That(File.ReadAllBytes(package), Is.EqualTo(packageBytes));

        // Act 3: a consumer of the model package, in a separate folder
        var version = Path.GetFileNameWithoutExtension(package)["contoso.churn.model.".Length..];
        var apps = Directory.CreateDirectory(Path.Combine(dir.Path, "apps")).FullName;
        Run(apps, "dotnet", $"new tollgate-consumer -n Churn.App --modelPackage Contoso.Churn.Model --modelVersion {version} "
            + $"--modelSource \"{Path.Combine(repo, "artifacts", "feed")}\" --skipRestore --debug:custom-hive \"{hive}\"", env);
        var app = Path.Combine(apps, "Churn.App");
        File.WriteAllText(Path.Combine(app, "rows.jsonl"),
            """
            {"tenure_months": 2, "monthly_charges": 110, "support_calls": 5, "contract": "month-to-month", "region": "east"}
            {"tenure_months": 70, "monthly_charges": 20, "support_calls": 0, "contract": "two-year", "region": "west"}
            """);
        Run(app, "dotnet", "build -nologo -v:q", env);
        var predicted = Run(app, "dotnet", "run --no-build -- rows.jsonl", env);

        // Assert 3: only the model's PackageReference; typed predictions from the generated classes
        Assert.That(File.ReadAllText(Path.Combine(app, "Churn.App.csproj")), Does.Not.Contain("Microsoft.ML"));
        Assert.That(predicted.Error, Does.Contain($"contoso.churn {version}"));
        var rows = predicted.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        var risky = rows[0].GetProperty("Probability").GetDouble();
        var loyal = rows[1].GetProperty("Probability").GetDouble();
        Assert.That(risky, Is.InRange(0.0, 1.0));
        Assert.That(loyal, Is.LessThan(risky), string.Create(CultureInfo.InvariantCulture, $"a two-year, 70-month customer churns less than a new one: {loyal} vs {risky}"));
        Assert.That(rows[0].GetProperty("PredictedLabel").ValueKind, Is.AnyOf(JsonValueKind.True, JsonValueKind.False));
    }

    private static ProcessResult Run(string directory, string file, string arguments, IDictionary<string, string> env)
    {
        var result = Shell.Run(directory, file, arguments, TimeSpan.FromMinutes(10), env);
        Assert.That(result.ExitCode, Is.EqualTo(0), $"{file} {arguments}\n{result}");
        return result;
    }
}
