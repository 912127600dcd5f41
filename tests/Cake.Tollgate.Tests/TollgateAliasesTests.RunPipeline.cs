namespace Cake.Tollgate.Tests;

public partial class TollgateAliasesTests
{
    public class TheTollgatePipelineMethod
    {
        // What `tollgate pipeline --through staging --json` printed on a warm run (trimmed).
        private const string NothingToDo = """
            { "ok": true, "exitCode": 0, "through": "staging", "changed": false,
              "train": { "artifact": "/repo/artifacts/model", "name": "churn", "version": "1.0.1", "digest": "sha256:aaa", "metrics": { "auc": 0.91 }, "upToDate": true },
              "validate": { "environment": "staging", "skipped": true, "passed": true, "verdict": "pass", "reused": true, "deployment": "2" },
              "pack": { "name": "churn", "version": "1.0.1", "digest": "sha256:aaa", "nuget": { "id": "churn", "version": "1.0.1", "path": "/repo/artifacts/feed/churn.1.0.1.nupkg", "alreadyPresent": true } },
              "promotions": [
                { "environment": "sandbox", "outcome": "already-current", "deployment": { "id": "1", "environment": "sandbox", "model": { "name": "churn", "version": "1.0.1", "digest": "sha256:aaa" }, "state": "success", "statuses": [] } },
                { "environment": "staging", "outcome": "already-current", "deployment": { "id": "2", "environment": "staging", "model": { "name": "churn", "version": "1.0.1", "digest": "sha256:aaa" }, "state": "success", "statuses": [] } } ] }
            """;

        [Test]
        public void Runs_one_pipeline_process_through_the_environment_and_reads_every_step()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(0, NothingToDo);

            // Act
            var result = context.TollgatePipeline("staging", "staging", new TollgateSettings { CurrentData = "data/recent.csv" });

            // Assert
            Assert.That(context.ProcessRunner.Started, Has.Count.EqualTo(1));
            Assert.That(context.ProcessRunner.LastArguments, Is.EqualTo(
                "pipeline --through \"staging\" --validate-environment \"staging\" --current \"/work/repo/data/recent.csv\" --json"));
            Assert.That(result.Changed, Is.False);
            Assert.That(result.Train.UpToDate, Is.True);
            Assert.That(result.Validate!.Skipped, Is.True);
            Assert.That(result.Pack!.PackagePaths, Is.EqualTo(new[] { "/repo/artifacts/feed/churn.1.0.1.nupkg" }));
            Assert.That(result.Promotions.Select(p => (p.Deployment.Environment, p.Outcome, p.Changed)), Is.EqualTo(new[] { ("sandbox", "already-current", false), ("staging", "already-current", false) }));
        }

        [Test]
        public void A_failed_validation_throws_the_gate_code_with_the_report()
        {
            // Arrange
            var context = new FakeCakeContext();
            context.ProcessRunner.Answer(1, """
                { "ok": false, "exitCode": 1, "through": "staging", "changed": true, "verdict": "fail", "summary": "0/1 gates passed", "report": "/r/staging/gate-report.json",
                  "train": { "artifact": "/a", "name": "churn", "version": "1.0.2", "digest": "sha256:bbb", "metrics": {} }, "promotions": [] }
                """);

            // Act
            var ex = Assert.Throws<TollgateCommandException>(() => context.TollgatePipeline("staging"));

            // Assert
            Assert.That(ex!.Code, Is.EqualTo("TOLLGATE0401"));
            Assert.That(ex.ExitCode, Is.EqualTo(1));
            Assert.That(ex.ReportPath, Is.EqualTo("/r/staging/gate-report.json"));
            Assert.That(context.ProcessRunner.LastArguments, Is.EqualTo("pipeline --through \"staging\" --json"));
        }
    }
}
