using Tollgate.Core.Config;
using Tollgate.Core.Environments;
using Tollgate.Core.Gates;
using Tollgate.Core.Logging;
using Tollgate.Core.Reports;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Gates;

/// <summary>A warm run reuses a passing gate report only while every input the gates decide on is unchanged.</summary>
public class ValidationServiceReuseTests
{
    private const string Gates = "      - metric: auc >= 0.6\n      - drift:\n          reference: data.csv\n          current: current.csv\n          columns: [tenure, charges]";

    private TempDir dir = null!;
    private TollgateConfig config = null!;
    private string artifact = null!;

    [SetUp]
    public void SetUp()
    {
        dir = new TempDir();
        config = SampleProject.Create(dir, gates: Gates);
        File.Copy(Path.Combine(dir.Path, "data.csv"), Path.Combine(dir.Path, "current.csv"));
        artifact = Path.Combine(dir.Path, "out", "model");
        new ModelTrainer(config).Train(artifact, d => $"1.0.0+sha.{d[7..15]}");
    }

    [TearDown]
    public void TearDown() => dir.Dispose();

    [Test]
    public async Task Reuses_a_passing_report_when_no_input_changed()
    {
        // Arrange
        var first = await Validate();
        var log = new Log();

        // Act
        var second = await Validate(log: log);

        // Assert
        Assert.That((first.Passed, first.Reused, second.Reused), Is.EqualTo((true, false, true)));
        Assert.That(second.Report.EvaluatedAt, Is.EqualTo(first.Report.EvaluatedAt));
        Assert.That(second.Reports.JsonDigest, Is.EqualTo(first.Reports.JsonDigest));
        Assert.That(second.Report.InputsFingerprint, Does.StartWith("sha256:"));
        Assert.That(log.Infos, Has.Some.Contains("gates unchanged since").And.Contains("not re-run"));
    }

    [Test]
    public async Task Reruns_when_a_byte_of_a_data_file_changes()
    {
        // Arrange
        await Validate();
        var current = Path.Combine(dir.Path, "current.csv");
        File.WriteAllText(current, File.ReadAllText(current).Replace("monthly", "Monthly", StringComparison.Ordinal));

        // Act
        var second = await Validate();

        // Assert
        Assert.That(second.Reused, Is.False);
    }

    [Test]
    public async Task Reruns_when_a_gate_threshold_changes()
    {
        // Arrange
        await Validate();
        var changed = SampleProject.Create(dir, gates: Gates.Replace("0.6", "0.61", StringComparison.Ordinal));

        // Act
        var second = await Validate(changed);

        // Assert
        Assert.That(second.Reused, Is.False);
    }

    [Test]
    public async Task Reruns_when_the_baseline_deployment_changes()
    {
        // Arrange: the reports of this validation live apart from the promotions' reports
        var own = new ValidationOptions { ReportsDir = Path.Combine(dir.Path, "own-reports") };
        var first = await Validate(options: own);
        var other = TrainOther();
        var backend = BackendFactory.Create(config);
        await new PromotionService(config, backend).PromoteAsync(other, "sandbox", new PromotionOptions(), CancellationToken.None);
        await new PromotionService(config, backend).PromoteAsync(other, "staging", new PromotionOptions(), CancellationToken.None);

        // Act
        var second = await Validate(options: own);

        // Assert
        Assert.That(second.Reused, Is.False);
        Assert.That(second.Report.InputsFingerprint, Is.Not.EqualTo(first.Report.InputsFingerprint));
    }

    [Test]
    public async Task Promote_reuses_validates_report_and_a_new_baseline_reruns_the_gates_once()
    {
        // Arrange
        var backend = BackendFactory.Create(config);
        var validated = await Validate();
        var log = new Log();
        await new PromotionService(config, backend).PromoteAsync(artifact, "sandbox", new PromotionOptions(), CancellationToken.None);

        // Act
        var promoted = await new PromotionService(config, backend, log).PromoteAsync(artifact, "staging", new PromotionOptions(), CancellationToken.None);
        var afterPromotion = await Validate(); // the deployment it compares with changed: gates run again
        var again = await Validate();           // nothing changed since: reused
        File.AppendAllText(again.Reports.Json, " ");
        var tampered = await Validate();

        // Assert
        Assert.That(log.Infos, Has.Some.Contains("not re-run"));
        Assert.That(promoted.Deployment.GateReportDigest, Is.EqualTo(validated.Reports.JsonDigest));
        Assert.That(afterPromotion.Reused, Is.False);
        Assert.That(again.Reused, Is.True);
        Assert.That(tampered.Reused, Is.False);
    }

    [Test]
    public async Task Reruns_for_another_candidate_digest()
    {
        // Arrange
        await Validate();
        var other = TrainOther();

        // Act
        var second = await Validate(candidate: other);

        // Assert
        Assert.That(second.Reused, Is.False);
    }

    [Test]
    public async Task Reruns_when_asked_to()
    {
        // Arrange
        await Validate();

        // Act
        var second = await Validate(options: new ValidationOptions { RerunGates = true });

        // Assert
        Assert.That(second.Reused, Is.False);
    }

    [TestCase("gate-report.json")]
    [TestCase("gate-report.html")]
    [TestCase(ReusedReport.FileName)]
    public async Task Does_not_reuse_a_report_whose_files_were_edited(string file)
    {
        // Arrange
        var first = await Validate();
        var path = Path.Combine(Path.GetDirectoryName(first.Reports.Json)!, file);
        var text = File.ReadAllText(path);
        File.WriteAllText(path, file == "gate-report.json"
            ? text.Replace("\"passed\": true", "\"passed\":  true", StringComparison.Ordinal)
            : text.Replace("sha256:", "sha256:0", StringComparison.Ordinal) + " ");

        // Act
        var second = await Validate();

        // Assert
        Assert.That(second.Reused, Is.False);
        Assert.That(File.ReadAllText(second.Reports.Json), Does.Not.Contain("\"passed\":  true"));
    }

    [Test]
    public async Task Never_reuses_a_failing_report_or_one_with_a_command_gate()
    {
        // Arrange
        var failing = SampleProject.Create(dir, gates: "      - metric: auc >= 0.9999");
        await Validate(failing);
        var command = SampleProject.Create(dir, gates: Gates + "\n      - command:\n          run: dotnet\n          args: [--version]");
        await Validate(command);

        // Act
        var (againFailing, againCommand) = (await Validate(failing), await Validate(command));

        // Assert
        Assert.That((againFailing.Passed, againFailing.Reused), Is.EqualTo((false, false)));
        Assert.That((againCommand.Report.InputsFingerprint, againCommand.Reused), Is.EqualTo(((string?)null, false)));
    }

    // A second model (another trainer) while the training spec text stays the one the first run saw.
    private string TrainOther()
    {
        var spec = Path.Combine(dir.Path, "training.yml");
        var original = File.ReadAllText(spec);
        var other = Path.Combine(dir.Path, "out", "other");
        new ModelTrainer(SampleProject.Create(dir, gates: Gates, trainer: "lbfgs-logistic")).Train(other, d => $"1.0.1+sha.{d[7..15]}");
        File.WriteAllText(spec, original);
        config = SampleProject.Create(dir, gates: Gates);
        return other;
    }

    private Task<ValidationResult> Validate(TollgateConfig? with = null, Log? log = null, ValidationOptions? options = null, string? candidate = null)
    {
        var used = with ?? config;
        return new ValidationService(used, BackendFactory.Create(used), log)
            .ValidateAsync("staging", candidate ?? artifact, options ?? new ValidationOptions(), CancellationToken.None);
    }

    private sealed class Log : ITollgateLog
    {
        public List<string> Infos { get; } = [];

        public void Info(string message) => Infos.Add(message);

        public void Warning(string code, string message) => Infos.Add($"{code} {message}");

        public void Annotation(string command)
        {
        }
    }
}
