using Cake.Tollgate.Tests.Support;

namespace Cake.Tollgate.Tests;

/// <summary>Runs tests/integration/build.cake with real Cake against the in-tree addin and CLI.</summary>
[NonParallelizable]
public class CakeScriptTests
{
    [Test]
    public void Every_alias_returns_typed_results_to_a_real_cake_script()
    {
        // Arrange: the scripts, the built addin and a copy of the sample in a temp folder
        var work = Path.Combine(TestTemp.Root, "cake-" + Guid.NewGuid().ToString("N"));
        try
        {
            FolderCopy.Copy(Path.Combine(Repo.Root, "tests", "integration"), work);
            Directory.CreateDirectory(Path.Combine(work, "addin"));
            File.Copy(typeof(TollgateAliases).Assembly.Location, Path.Combine(work, "addin", "Cake.Tollgate.dll"));
            var project = Path.Combine(work, "project");
            FolderCopy.Copy(Path.Combine(Repo.Root, "templates", "churn-model"), Path.Combine(project, "templates", "churn-model"));
            File.Copy(Path.Combine(Repo.Root, "tollgate.yml"), Path.Combine(project, "tollgate.yml"));
            // A real project lives in git: lineage records the commit and the compliance gate requires one.
            foreach (var git in new[] { "init -q -b main", "add -A", "-c user.name=t -c user.email=t@example.com commit -q -m sample" })
            {
                Assert.That(Repo.Run(project, "git", git, TimeSpan.FromMinutes(1)).ExitCode, Is.EqualTo(0), $"git {git}");
            }

            Assert.That(File.Exists(Repo.CliAssembly), Is.True, $"build the CLI first: {Repo.CliAssembly}");

            // Act
            var (exit, output) = Repo.Run(Repo.Root, "dotnet", $"tool run dotnet-cake \"{Path.Combine(work, "build.cake")}\" --cli=\"{Repo.CliAssembly}\" --project=\"{project}\"", TimeSpan.FromMinutes(6));

            // Assert: every case ran (Cake prints each task) and the scripts' own expectations held
            Assert.That(exit, Is.EqualTo(0), output);
            foreach (var task in new[] { "Train", "Validate", "ValidateReturnsAFailedVerdictWhenAsked", "Pack", "PromoteSkippingAnEnvironmentFails",
                "PromoteToAnUnknownEnvironmentFails", "Promote", "Status", "History", "VerifyLedger", "PushAndFetchNuGet", "PushTagAndFetchOci",
                "FetchEnvironment", "DriftNamesTheShiftedColumns", "DatasetDriftFailsTheTask", "Parity" })
            {
                Assert.That(output, Does.Contain($"Cake.Tollgate.TollgateAliases.{task}"), task);
            }

            Assert.That(output, Does.Contain("ok: skipping sandbox is refused with TOLLGATE0301 (exit 2)"));
            Assert.That(output, Does.Match(@"pack\.Version = 1\.0\.\d+\+sha\.[0-9a-f]{8}"));
            Assert.That(output, Does.Contain("promoted to staging").And.Contain("promoting again changes nothing"));
            Assert.That(output, Does.Not.Contain("expectation failed"));
            Assert.That(Directory.GetFiles(Path.Combine(project, "artifacts", "feed"), "*.nupkg"), Has.Length.EqualTo(1));
            Assert.That(File.ReadAllBytes(Path.Combine(project, "artifacts", "serving-oci", "model.zip")), Is.EqualTo(File.ReadAllBytes(Path.Combine(project, "artifacts", "model", "model.zip"))));
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }
}
