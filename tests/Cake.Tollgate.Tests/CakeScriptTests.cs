using Cake.Tollgate.Tests.Support;

namespace Cake.Tollgate.Tests;

/// <summary>Runs tests/integration/build.cake with real Cake against the in-tree addin and CLI.</summary>
[NonParallelizable]
public class CakeScriptTests
{
    [Test]
    public void Aliases_train_validate_pack_promote_push_fetch_tag_and_report_status_with_real_cake()
    {
        // Arrange: the scripts, the built addin and a copy of the sample in a temp folder
        var work = Path.Combine(Path.GetTempPath(), "tollgate-cake", Guid.NewGuid().ToString("N"));
        try
        {
            CopyDirectory(Path.Combine(Repo.Root, "tests", "integration"), work);
            Directory.CreateDirectory(Path.Combine(work, "addin"));
            File.Copy(typeof(TollgateAliases).Assembly.Location, Path.Combine(work, "addin", "Cake.Tollgate.dll"));
            var project = Path.Combine(work, "project");
            CopyDirectory(Path.Combine(Repo.Root, "templates", "churn-model"), Path.Combine(project, "templates", "churn-model"));
            File.Copy(Path.Combine(Repo.Root, "tollgate.yml"), Path.Combine(project, "tollgate.yml"));
            // A real project lives in git: lineage records the commit and the compliance gate requires one.
            foreach (var git in new[] { "init -q -b main", "add -A", "-c user.name=t -c user.email=t@example.com commit -q -m sample" })
            {
                Assert.That(Repo.Run(project, "git", git, TimeSpan.FromMinutes(1)).ExitCode, Is.EqualTo(0), $"git {git}");
            }

            Assert.That(File.Exists(Repo.CliAssembly), Is.True, $"build the CLI first: {Repo.CliAssembly}");

            // Act
            var (exit, output) = Repo.Run(Repo.Root, "dotnet", $"tool run dotnet-cake \"{Path.Combine(work, "build.cake")}\" --cli=\"{Repo.CliAssembly}\" --project=\"{project}\"", TimeSpan.FromMinutes(6));

            // Assert
            Assert.That(exit, Is.EqualTo(0), output);
            Assert.That(output, Does.Contain("promoted to staging"));
            Assert.That(output, Does.Contain("expected failure"));
            Assert.That(output, Does.Contain("\"environment\": \"staging\"").And.Contain("hash chain intact"));
            Assert.That(Directory.GetFiles(Path.Combine(project, "artifacts", "feed"), "*.nupkg"), Has.Length.EqualTo(1));
            Assert.That(output, Does.Contain("pushed, tagged and fetched back"));
            Assert.That(File.ReadAllBytes(Path.Combine(project, "artifacts", "fetched-nuget", "model.zip")), Is.EqualTo(File.ReadAllBytes(Path.Combine(project, "artifacts", "model", "model.zip"))));
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
