using Tollgate.Core.Environments;
using Tollgate.Core.Gates;
using Tollgate.Core.Logging;
using Tollgate.Core.Training;

namespace Tollgate.Core.Tests.Gates;

[NonParallelizable] // swaps Console.Out to prove Core never writes there
public class ValidationServiceTests
{
    [Test]
    public async Task Validate_and_promote_report_through_the_log_and_never_write_to_the_console()
    {
        // Arrange
        using var dir = new TempDir();
        var config = SampleProject.Create(dir, gates: "      - metric: auc >= 0.9999");
        var artifact = Path.Combine(dir.Path, "out", "model");
        new ModelTrainer(config).Train(artifact, d => $"1.0.0+sha.{d[7..15]}");
        var backend = BackendFactory.Create(config);
        var log = new RecordingLog();
        var ci = new Dictionary<string, string?> { ["GITHUB_ACTIONS"] = "true" };
        var (stdout, stderr) = (Console.Out, Console.Error);
        using var console = new StringWriter();
        Console.SetOut(console);
        Console.SetError(console);
        CheckFailedException? refused;
        ValidationResult validation;
        try
        {
            // Act
            validation = await new ValidationService(config, backend, log)
                .ValidateAsync("staging", artifact, new ValidationOptions { EnvironmentVariables = v => ci.GetValueOrDefault(v) }, CancellationToken.None);
            await new PromotionService(config, backend, log).PromoteAsync(artifact, "sandbox", new PromotionOptions(), CancellationToken.None);
            refused = await Assert.ThrowsAsync<CheckFailedException>(() => new PromotionService(config, backend, log).PromoteAsync(artifact, "staging", new PromotionOptions(), CancellationToken.None));
        }
        finally
        {
            Console.SetOut(stdout);
            Console.SetError(stderr);
        }

        // Assert
        Assert.That(console.ToString(), Is.Empty);
        Assert.That((validation.Passed, validation.Verdict), Is.EqualTo((false, "fail")));
        Assert.That(File.Exists(validation.Reports.Json) && File.Exists(validation.Reports.Html), Is.True);
        Assert.That(log.Annotations, Has.Some.StartsWith("::error title=Tollgate staging"));
        Assert.That(log.Infos, Has.Some.Contains("gate 'auc >= 0.9999' failed"));
        Assert.That((refused!.Code, refused.ExitCode, refused.Verdict, refused.ReportPath), Is.EqualTo((ErrorCodes.GateFailed, 1, "fail", validation.Reports.Json)));
    }

    private sealed class RecordingLog : ITollgateLog
    {
        public List<string> Infos { get; } = [];

        public List<string> Annotations { get; } = [];

        public void Info(string message) => Infos.Add(message);

        public void Warning(string code, string message) => Infos.Add($"{code} {message}");

        public void Annotation(string command) => Annotations.Add(command);
    }
}
