using Cake.Core.IO;

namespace Cake.Tollgate.Tests;

/// <summary>Exact command lines the aliases build (in the style of Cake's own tool tests) and the typed results they read.</summary>
public partial class TollgateAliasesTests
{
    public class TheTollgatePromoteMethod
    {
        [Test]
        public void Passes_the_environment_and_always_asks_for_json()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(0, CliDocuments.Promoted);

            // Act
            var result = context.TollgatePromote("staging");

            // Assert
            Assert.That(context.ProcessRunner.Started[0].Executable.FullPath, Is.EqualTo("/cake/tools/tollgate"));
            Assert.That(context.ProcessRunner.LastArguments, Is.EqualTo("promote --environment \"staging\" --json"));
            Assert.That(context.ProcessRunner.Started[0].Settings.RedirectStandardOutput, Is.True);
            Assert.That(result.Outcome, Is.EqualTo("promoted"));
            Assert.That(result.Changed, Is.True);
            Assert.That(result.Deployment.Id, Is.EqualTo("7"));
            Assert.That(result.Deployment.Model.Digest, Is.EqualTo("sha256:aaa"));
            Assert.That(result.Deployment.Statuses.Select(s => s.State), Is.EqualTo(new[] { "queued", "success" }));
            Assert.That(result.Report, Is.EqualTo("/repo/artifacts/reports/staging/gate-report.json"));
        }

        [Test]
        public void Makes_config_artifact_and_current_data_absolute()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(0, CliDocuments.Promoted);
            var settings = new TollgateSettings { ConfigFile = "tollgate.yml", Artifact = "artifacts/model", CurrentData = "data/recent traffic.csv" };

            // Act
            context.TollgatePromote("staging", settings);

            // Assert
            Assert.That(context.ProcessRunner.LastArguments, Is.EqualTo(
                "promote --config \"/work/repo/tollgate.yml\" --environment \"staging\" --artifact \"/work/repo/artifacts/model\" --current \"/work/repo/data/recent traffic.csv\" --json"));
        }

        [Test]
        public void Throws_the_cli_error_code_and_fix_when_the_edge_is_not_allowed()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(2, CliDocuments.EdgeError);

            // Act
            var ex = Assert.Throws<TollgateCommandException>(() => context.TollgatePromote("production"));

            // Assert
            Assert.That(ex!.Code, Is.EqualTo("TOLLGATE0301"));
            Assert.That(ex.ExitCode, Is.EqualTo(2));
            Assert.That(ex.Fix, Is.EqualTo("Promote it to 'staging' first."));
            Assert.That(ex.Message, Does.StartWith("tollgate promote failed (exit code 2): error TOLLGATE0301: churn 1.0.1 is not live in 'staging'"));
        }

        [Test]
        public void Names_the_verdict_and_report_when_gates_refuse()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(1, CliDocuments.GatesFailed);

            // Act
            var ex = Assert.Throws<TollgateCommandException>(() => context.TollgatePromote("staging"));

            // Assert
            Assert.That((ex!.Code, ex.ExitCode, ex.Verdict, ex.ReportPath), Is.EqualTo(("TOLLGATE0401", 1, "fail", "/repo/artifacts/reports/staging/gate-report.json")));
            Assert.That(ex.Message, Does.Contain("report: /repo/artifacts/reports/staging/gate-report.json"));
        }
    }

    public class TheTollgateTrainMethod
    {
        [Test]
        public void Train_says_when_the_model_was_not_retrained()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(0, CliDocuments.TrainUpToDate);

            // Act
            var result = context.TollgateTrain();

            // Assert
            Assert.That((result.UpToDate, result.Digest), Is.EqualTo((true, "sha256:aaa")));
            Assert.That(context.Log.Lines, Has.Some.Contains("up to date, not retrained"));
        }
    }

    public class TheTollgateValidateMethod
    {
        [Test]
        public void Fails_the_task_with_the_gate_code_by_default()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(1, CliDocuments.ValidateFailed);

            // Act
            var ex = Assert.Throws<TollgateCommandException>(() => context.TollgateValidate("staging"));

            // Assert
            Assert.That(context.ProcessRunner.LastArguments, Is.EqualTo("validate --environment \"staging\" --json"));
            Assert.That((ex!.Code, ex.Verdict, ex.ReportPath), Is.EqualTo(("TOLLGATE0401", "fail", "/r/gate-report.json")));
        }

        [Test]
        public void Returns_the_verdict_when_asked_not_to_throw()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(1, CliDocuments.ValidateFailed);

            // Act
            var result = context.TollgateValidate("staging", new TollgateSettings().ReturningFailedChecks());

            // Assert
            Assert.That((result.Passed, result.Verdict, result.JUnit), Is.EqualTo((false, "fail", "/r/gate-report.junit.xml")));
            Assert.That(result.Gates.Single().Observed, Is.EqualTo(0.91));
        }

        [Test]
        public void Says_when_the_gates_were_not_re_run()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(0, CliDocuments.ValidateReused);

            // Act
            var result = context.TollgateValidate("staging");

            // Assert
            Assert.That((result.Passed, result.Reused), Is.EqualTo((true, true)));
            Assert.That(context.Log.Lines, Has.Some.Contains("not re-run"));
        }
    }

    public class TheOtherAliases
    {
        private static readonly TollgateSettings WithConfig = new() { ConfigFile = "/repo/tollgate.yml" };

        [TestCase("train", "train --config \"/repo/tollgate.yml\" --json")]
        [TestCase("pack", "pack --config \"/repo/tollgate.yml\" --artifact \"/work/repo/out/model\" --json")]
        [TestCase("status", "status --config \"/repo/tollgate.yml\" --json")]
        [TestCase("history", "history --config \"/repo/tollgate.yml\" --environment \"production\" --json")]
        [TestCase("rollback", "rollback --config \"/repo/tollgate.yml\" --environment \"production\" --to \"1.0.0\" --json")]
        [TestCase("approve", "approve --config \"/repo/tollgate.yml\" \"churn@1.0.1\" --environment \"production\" --comment \"looks good\" --json")]
        [TestCase("retire", "retire --config \"/repo/tollgate.yml\" \"churn@1.0.1\" --reason \"superseded by 2.0\" --json")]
        [TestCase("verify", "ledger verify --config \"/repo/tollgate.yml\" --json")]
        [TestCase("push-nuget", "push --config \"/repo/tollgate.yml\" --nuget-source \"https://feed.example/v3/index.json\" --api-key-variable \"FEED_KEY\" --json")]
        [TestCase("push-oci", "push --config \"/repo/tollgate.yml\" --oci \"oci://127.0.0.1:5000/models/churn\" --json")]
        [TestCase("fetch", "fetch --config \"/repo/tollgate.yml\" \"churn@[1.0,2.0)\" --from \"nuget:feed\" --output \"/work/repo/out\" --json")]
        [TestCase("tag", "tag --oci-layout \"/repo/oci\" --digest \"sha256:mmm\" --tag \"qa\" --json")]
        [TestCase("drift", "drift --config \"/repo/tollgate.yml\" --reference \"/work/repo/train.csv\" --current \"/work/repo/recent.csv\" --json")]
        [TestCase("parity", "parity --baseline \"/work/repo/b.csv\" --candidate \"/work/repo/c.csv\" --json")]
        public void Build_exact_arguments(string alias, string expected)
        {
            // Arrange
            var context = new FakeCakeContext();
            var settings = alias == "pack" ? new TollgateSettings { ConfigFile = WithConfig.ConfigFile, Artifact = "out/model" } : WithConfig;
            var document = alias switch
            {
                "status" => CliDocuments.Status,
                "rollback" => CliDocuments.Promoted,
                "approve" => CliDocuments.Approval,
                "retire" => CliDocuments.Retired,
                "drift" => CliDocuments.Drift.Replace("\"ok\": false, \"exitCode\": 1", "\"ok\": true, \"exitCode\": 0", StringComparison.Ordinal),
                _ => null,
            };
            if (document is not null)
            {
                context.ProcessRunner.Answer(0, document);
            }

            // Act
            _ = alias switch
            {
                "train" => (object)context.TollgateTrain(settings),
                "pack" => context.TollgatePack(settings),
                "status" => context.TollgateStatus(settings),
                "history" => context.TollgateHistory("production", settings),
                "rollback" => context.TollgateRollback("production", "1.0.0", settings),
                "approve" => context.TollgateApprove("churn@1.0.1", "production", "looks good", settings),
                "retire" => context.TollgateRetire("churn@1.0.1", "superseded by 2.0", settings),
                "verify" => context.TollgateVerifyLedger(settings),
                "push-nuget" => context.TollgatePush("nuget:https://feed.example/v3/index.json", settings, "FEED_KEY"),
                "push-oci" => context.TollgatePush("oci://127.0.0.1:5000/models/churn", settings),
                "fetch" => context.TollgateFetch("churn@[1.0,2.0)", "nuget:feed", "out", settings),
                "tag" => context.TollgateTag("oci-layout:/repo/oci", "sha256:mmm", "qa", settings),
                "drift" => context.TollgateDrift("train.csv", "recent.csv", settings),
                "parity" => context.TollgateParity("b.csv", "c.csv", settings),
                _ => throw new ArgumentOutOfRangeException(nameof(alias)),
            };

            // Assert
            Assert.That(context.ProcessRunner.LastArguments, Is.EqualTo(expected));
        }

        [Test]
        public void Run_an_in_tree_cli_with_dotnet_exec()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.FileSystem.WithFile("/opt/dotnet/dotnet");
            context.Environment.Variables["DOTNET_HOST_PATH"] = "/opt/dotnet/dotnet";

            // Act
            context.TollgateTrain(new TollgateSettings { CliAssemblyPath = "/kit/src/Tollgate.Cli/bin/Release/net10.0/Tollgate.Cli.dll" });

            // Assert
            Assert.That(context.ProcessRunner.Started[0].Executable.FullPath, Is.EqualTo("/opt/dotnet/dotnet"));
            Assert.That(context.ProcessRunner.LastArguments, Is.EqualTo("exec \"/kit/src/Tollgate.Cli/bin/Release/net10.0/Tollgate.Cli.dll\" train --json"));
        }

        [Test]
        public void Run_a_manifest_pinned_cli_with_dotnet_tool_run()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.Tools.ForgetRegistrations();
            context.FileSystem.WithFile("/usr/bin/dotnet").WithFile("/work/repo/.config/dotnet-tools.json", """{ "tools": { "tollgate.cli": { "commands": ["tollgate"] } } }""");
            context.Environment.Variables["PATH"] = "/usr/bin";
            context.ProcessRunner.Answer(0, CliDocuments.Status);

            // Act
            context.TollgateStatus();

            // Assert
            Assert.That(context.ProcessRunner.Started[0].Executable.FullPath, Is.EqualTo("/usr/bin/dotnet"));
            Assert.That(context.ProcessRunner.LastArguments, Is.EqualTo("tool run tollgate status --json"));
        }
    }
}
