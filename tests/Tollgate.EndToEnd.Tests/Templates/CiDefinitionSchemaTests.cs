using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace Tollgate.EndToEnd.Tests.Templates;

/// <summary>
/// The CI definitions the tollgate-repo template generates, checked against the formats' published JSON schemas
/// (SchemaStore's github-workflow.json; service-schema.json of microsoft/azure-pipelines-vscode; copies in Schemas/)
/// and against the contract the issue sets: a job per environment, least privilege, reports and summaries.
/// </summary>
public class CiDefinitionSchemaTests
{
    private static readonly string TemplateRoot = Path.Combine(PackedKit.RepositoryRoot, "templates", "repo");

    // A schema registers its $id globally when loaded, so each file is loaded once per run.
    private static readonly Dictionary<string, JsonSchema> Schemas = [];

    [Test]
    public void GitHub_workflow_is_valid_against_the_published_schema()
    {
        // Arrange
        var workflow = Load(".github/workflows/tollgate.yml");

        // Act
        var result = Validate("github-workflow.json", workflow);

        // Assert
        Assert.That(result.IsValid, Is.True, Errors(result));
    }

    [Test]
    public void GitHub_workflow_has_one_least_privilege_job_per_environment_with_explicit_token_and_reports()
    {
        // Arrange
        var jobs = Load(".github/workflows/tollgate.yml")!["jobs"]!.AsObject();

        // Assert
        Assert.That(Load(".github/workflows/tollgate.yml")!["permissions"]!.ToJsonString(), Is.EqualTo("""{"contents":"read"}"""));
        Assert.That(jobs.Select(j => j.Key), Is.EqualTo(new[] { "sandbox", "staging", "production" }));
        foreach (var (name, job) in jobs)
        {
            Assert.That(job!["environment"]!.GetValue<string>(), Is.EqualTo(name));
            Assert.That(job["permissions"]!.ToJsonString(), Is.EqualTo("""{"contents":"read","deployments":"write"}"""), name);
            var steps = job["steps"]!.AsArray();
            var build = steps.Single(s => s!["run"]?.GetValue<string>().StartsWith("./build.sh", StringComparison.Ordinal) == true)!;
            Assert.That(build["env"]!["GITHUB_TOKEN"]!.GetValue<string>(), Is.EqualTo("${{ secrets.GITHUB_TOKEN }}"), name);
            var upload = steps.Single(s => s!["uses"]?.GetValue<string>().StartsWith("actions/upload-artifact", StringComparison.Ordinal) == true)!;
            Assert.That(upload["if"]!.GetValue<string>(), Is.EqualTo("always()"), name);
        }

        // The production job promotes the staging digest alone: no training, nothing from earlier jobs but the repository.
        var production = jobs["production"]!["steps"]!.AsArray().Select(s => s!["run"]?.GetValue<string>()).OfType<string>();
        Assert.That(production, Has.Some.EqualTo("./build.sh --target=PromoteProduction --exclusive"));
        Assert.That(jobs["production"]!.AsObject().ContainsKey("outputs"), Is.False);
        Assert.That(jobs["production"]!["steps"]!.ToJsonString(), Does.Not.Contain("download-artifact"));
    }

    [Test]
    public void Azure_pipeline_is_valid_against_the_published_schema()
    {
        // Arrange
        var pipeline = Load("azure-pipelines.yml");

        // Act
        var result = Validate("azure-pipelines-service-schema.json", pipeline);

        // Assert
        Assert.That(result.IsValid, Is.True, Errors(result));
    }

    [Test]
    public void Azure_pipeline_has_a_deployment_job_per_environment_publishing_junit_results_and_the_summary()
    {
        // Arrange
        var stages = Load("azure-pipelines.yml")!["stages"]!.AsArray();

        // Assert
        Assert.That(stages.Select(s => s!["stage"]!.GetValue<string>()), Is.EqualTo(new[] { "sandbox", "staging", "production" }));
        foreach (var stage in stages)
        {
            var name = stage!["stage"]!.GetValue<string>();
            var job = stage["jobs"]!.AsArray().Single()!;
            Assert.That(job["environment"]!.GetValue<string>(), Is.EqualTo(name));
            var steps = job["strategy"]!["runOnce"]!["deploy"]!["steps"]!.AsArray();
            var publish = steps.Single(s => s!["task"]?.GetValue<string>() == "PublishTestResults@2")!;
            Assert.That(publish["inputs"]!["testResultsFormat"]!.GetValue<string>(), Is.EqualTo("JUnit"));
            Assert.That(publish["inputs"]!["testResultsFiles"]!.GetValue<string>(), Is.EqualTo($"artifacts/reports/{name}/gate-report.junit.xml"));
            Assert.That(steps.ToJsonString(), Does.Contain($"##vso[task.uploadsummary]$(System.DefaultWorkingDirectory)/artifacts/reports/{name}/gate-report.md"));
        }
    }

    [Test]
    public void A_broken_workflow_is_rejected_by_the_schema_so_the_checks_can_fail()
    {
        // Arrange: a job without runs-on or uses, and a misspelt permission
        var broken = YamlToJson.Convert("on: push\njobs:\n  sandbox:\n    permissions: { deployment: write }\n    steps: [{ run: echo }]\n");

        // Act
        var result = Validate("github-workflow.json", broken);

        // Assert
        Assert.That(result.IsValid, Is.False);
    }

    [Test]
    public void A_broken_pipeline_is_rejected_by_the_schema_so_the_checks_can_fail()
    {
        // Arrange: a deployment job with a misspelt strategy key
        var broken = YamlToJson.Convert("stages:\n- stage: sandbox\n  jobs:\n  - deployment: promote\n    environment: sandbox\n    strategy:\n      runOnce:\n        deplooy:\n          steps: [{ script: echo }]\n");

        // Act
        var result = Validate("azure-pipelines-service-schema.json", broken);

        // Assert
        Assert.That(result.IsValid, Is.False);
    }

    private static JsonNode? Load(string relative) => YamlToJson.Convert(File.ReadAllText(Path.Combine(TemplateRoot, relative)));

    private static EvaluationResults Validate(string schemaFile, JsonNode? document)
    {
        JsonSchema schema;
        lock (Schemas)
        {
            if (!Schemas.TryGetValue(schemaFile, out schema!))
            {
                schema = Schemas[schemaFile] = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", schemaFile));
            }
        }

        using var json = JsonDocument.Parse(document!.ToJsonString());
        return schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static string Errors(EvaluationResults result) =>
        string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")).Take(40));
}
