using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Octokit;
using Tollgate.GitHubEmulator;

namespace Tollgate.Core.Tests.Environments.GitHub;

/// <summary>The emulator keeps the published contract, checked with raw HTTP and with real Octokit.</summary>
[TestFixture]
public sealed partial class EmulatorContractTests
{
    private EmulatedGitHub github = null!;
    private HttpClient http = null!;

    private string Repo => $"repos/{github.Emulator.Options.Owner}/{github.Emulator.Options.Repository}";

    [SetUp]
    public async Task StartAsync()
    {
        github = await EmulatedGitHub.StartAsync();
        http = new HttpClient { BaseAddress = github.Emulator.BaseAddress };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("token", github.Emulator.Token);
    }

    [TearDown]
    public async Task StopAsync()
    {
        http.Dispose();
        await github.DisposeAsync();
    }

    [Test]
    public async Task Answers_401_without_the_configured_token()
    {
        // Arrange
        using var anonymous = new HttpClient { BaseAddress = github.Emulator.BaseAddress };

        // Act
        using var response = await anonymous.GetAsync(new Uri($"{Repo}/deployments", UriKind.Relative));

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
        Assert.That((await Json(response))["message"]!.GetValue<string>(), Is.EqualTo("Bad credentials"));
        await Assert.ThrowsAsync<AuthorizationException>(() => github.RawClient("wrong").Repository.Deployment.GetAll("octo-org", "models"));
    }

    [Test]
    public async Task Answers_json_with_charset_rate_limit_headers_and_etag()
    {
        // Act
        using var response = await http.GetAsync(new Uri($"{Repo}/deployments", UriKind.Relative));

        // Assert
        Assert.That(response.Content.Headers.ContentType!.ToString(), Is.EqualTo("application/json; charset=utf-8"));
        foreach (var header in new[] { "x-ratelimit-limit", "x-ratelimit-remaining", "x-ratelimit-used", "x-ratelimit-reset", "x-ratelimit-resource", "ETag", "Date" })
        {
            Assert.That(response.Headers.Contains(header), Is.True, header);
        }
    }

    [Test]
    public async Task Parses_json_bodies_labelled_as_form_urlencoded_like_octokit_sends_them()
    {
        // Arrange
        var body = $$"""{"ref":"{{github.Commit}}","environment":"qa","required_contexts":[],"auto_merge":false}""";

        // Act
        using var response = await http.PostAsync(new Uri($"{Repo}/deployments", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/x-www-form-urlencoded"));

        // Assert
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Created));
        var deployment = await Json(response);
        Assert.That(deployment["environment"]!.GetValue<string>(), Is.EqualTo("qa"));
        Assert.That(deployment["production_environment"]!.GetValue<bool>(), Is.False);
        Assert.That(deployment["task"]!.GetValue<string>(), Is.EqualTo("deploy"));
        Assert.That(response.Headers.Location!.ToString(), Does.EndWith($"/deployments/{deployment["id"]}"));
        Assert.That(github.Emulator.Contract.Validate(deployment, github.Emulator.Contract.ResponseSchema("/repos/{owner}/{repo}/deployments", "post", 201)), Is.Empty);
    }

    [TestCase("""{"environment":"qa"}""", "ref", "missing_field")]
    [TestCase("""{"ref":"main","auto_merge":"yes"}""", "auto_merge", "invalid")]
    [TestCase("""{"ref":"main","required_contexts":"ci"}""", "required_contexts", "invalid")]
    [TestCase("""{"ref":"main","payload":42}""", "payload", "invalid")]
    public async Task Rejects_invalid_deployment_bodies_with_validation_errors(string body, string field, string code)
    {
        // Act
        using var response = await http.PostAsync(new Uri($"{Repo}/deployments", UriKind.Relative), new StringContent(body, Encoding.UTF8, "application/json"));

        // Assert
        Assert.That((int)response.StatusCode, Is.EqualTo(422));
        var error = await Json(response);
        Assert.That(error["message"]!.GetValue<string>(), Is.EqualTo("Validation Failed"));
        var first = error["errors"]![0]!;
        Assert.That((first["field"]!.GetValue<string>(), first["code"]!.GetValue<string>()), Is.EqualTo((field, code)));
        Assert.That(github.Emulator.State.Deployments, Is.Empty);
    }

    [Test]
    public async Task Rejects_status_bodies_with_unknown_states_and_long_descriptions()
    {
        // Arrange
        var id = (await Create(new NewDeployment(github.Commit) { AutoMerge = false, RequiredContexts = [] })).Id;

        // Act
        using var badState = await http.PostAsync(new Uri($"{Repo}/deployments/{id}/statuses", UriKind.Relative), new StringContent("""{"state":"done"}"""));
        using var longText = await http.PostAsync(new Uri($"{Repo}/deployments/{id}/statuses", UriKind.Relative), new StringContent($$"""{"state":"success","description":"{{new string('x', 141)}}"}"""));

        // Assert
        Assert.That((int)badState.StatusCode, Is.EqualTo(422));
        Assert.That((int)longText.StatusCode, Is.EqualTo(422));
        Assert.That(github.Emulator.State.Deployments.Single().Statuses, Is.Empty);
    }

    [Test]
    public async Task Rejects_unknown_properties_on_environment_put()
    {
        // Act
        using var response = await http.PutAsync(new Uri($"{Repo}/environments/staging", UriKind.Relative), new StringContent("""{"wait_timer":5,"colour":"blue"}"""));
        using var ok = await http.PutAsync(new Uri($"{Repo}/environments/staging", UriKind.Relative), new StringContent("""{"wait_timer":5}"""));

        // Assert
        Assert.That((int)response.StatusCode, Is.EqualTo(422));
        Assert.That(ok.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That((await Json(ok))["protection_rules"]![0]!["type"]!.GetValue<string>(), Is.EqualTo("wait_timer"));
    }

    private Task<Deployment> Create(NewDeployment deployment) =>
        github.RawClient().Repository.Deployment.Create(github.Emulator.Options.Owner, github.Emulator.Options.Repository, deployment);

    private static async Task<JsonNode> Json(HttpResponseMessage response) => JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
}
