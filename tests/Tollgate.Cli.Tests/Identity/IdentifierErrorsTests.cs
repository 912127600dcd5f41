using Tollgate.Cli.Tests.Crash;
using Tollgate.Core.Tests.Oci;

namespace Tollgate.Cli.Tests.Identity;

/// <summary>
/// One parser per identifier, seen from real <c>tollgate</c> processes: every command that takes an artifact reference
/// (or a model spec) answers the same bad text with the same code, message and exit code, before it reads anything else.
/// </summary>
[NonParallelizable]
public class IdentifierErrorsTests() : TempWorkFixture("tg-cli-identity")
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [TestCase("oci://127.0.0.1:5000/Models/UPPER")]
    [TestCase("oci-layout:")]
    [TestCase("https://127.0.0.1:5443/churn")]
    [TestCase("oci://127.0.0.1:5000/models/churn@sha256:abc")]
    public void Every_command_taking_a_reference_gives_the_same_error_for_the_same_bad_reference(string bad)
    {
        // Arrange: everything else on each command line is valid; no tollgate.yml exists
        var output = Path.Combine(Work, "out");

        // Act
        var runs = new Dictionary<string, CliProcess.Result>
        {
            ["push --oci"] = CliProcess.Run(Work, null, "push", "--oci", bad, "--artifact", Path.Combine(Work, "none")),
            ["tag --oci"] = CliProcess.Run(Work, null, "tag", "--oci", bad, "--digest", Digest, "--tag", "staging"),
            ["fetch --from"] = CliProcess.Run(Work, null, "fetch", "churn@1.4.0", "--from", bad, "--output", output),
        };

        // Assert
        var errors = runs.ToDictionary(r => r.Key, r => ErrorLines(r.Value));
        foreach (var (command, run) in runs)
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), $"{command}: {run}");
            Assert.That(errors[command], Does.StartWith($"error {ErrorCodes.ArtifactReferenceInvalid}: '{bad}' is not an artifact reference: "), $"{command}: {run}");
        }

        Assert.That(errors.Values.Distinct().ToList(), Has.Count.EqualTo(1), string.Join("\n", errors.Select(e => $"{e.Key}: {e.Value}")));
        Assert.That(Directory.Exists(output), Is.False, "nothing written");
    }

    [TestCase("churn")]
    [TestCase("churn@[2.0")]
    [TestCase("churn@sha256:abc")]
    [TestCase("ch urn@1.4.0")]
    public void Every_command_taking_a_model_spec_gives_the_same_error_for_the_same_bad_spec(string bad)
    {
        // Act: fetch from both kinds of store, retire and approve (no tollgate.yml: the spec is read first)
        var runs = new Dictionary<string, CliProcess.Result>
        {
            ["fetch oci"] = CliProcess.Run(Work, null, "fetch", bad, "--from", $"oci-layout:{Work}/oci", "--output", Path.Combine(Work, "out")),
            ["fetch nuget"] = CliProcess.Run(Work, null, "fetch", bad, "--from", $"nuget:{Work}/feed", "--output", Path.Combine(Work, "out")),
            ["retire"] = CliProcess.Run(Work, null, "retire", bad, "--reason", "test"),
            ["approve"] = CliProcess.Run(Work, null, "approve", bad, "--environment", "production"),
        };

        // Assert
        var errors = runs.ToDictionary(r => r.Key, r => ErrorLines(r.Value));
        foreach (var (command, run) in runs)
        {
            Assert.That(run.ExitCode, Is.EqualTo(2), $"{command}: {run}");
            Assert.That(errors[command], Does.StartWith($"error {ErrorCodes.ModelSpecInvalid}: '{bad}' is not a model spec: "), $"{command}: {run}");
        }

        Assert.That(errors.Values.Distinct().ToList(), Has.Count.EqualTo(1), string.Join("\n", errors.Select(e => $"{e.Key}: {e.Value}")));
    }

    [Test]
    public void A_kind_the_command_cannot_use_is_named_in_the_same_words_by_every_command()
    {
        // Act: a folder where an OCI location is required
        var push = CliProcess.Run(Work, null, "push", "--oci", "artifacts/oci", "--artifact", Path.Combine(Work, "none"));
        var fetch = CliProcess.Run(Work, null, "fetch", "churn@1.4.0", "--from", "artifacts/oci", "--output", Path.Combine(Work, "out"));
        var retire = CliProcess.Run(Work, null, "retire", "churn@[1.0,2.0)", "--reason", "test");

        // Assert
        Assert.That(ErrorLines(push), Is.EqualTo($"error {ErrorCodes.ArtifactReferenceInvalid}: 'artifacts/oci' (--oci) is a folder, but --oci takes an OCI registry or an OCI image layout.\n"
            + "  fix: Write oci://HOST/REPO (e.g. oci://127.0.0.1:5000/models/churn), oci-layout:DIR."));
        Assert.That(ErrorLines(fetch), Does.StartWith($"error {ErrorCodes.ArtifactReferenceInvalid}: 'artifacts/oci' (--from) is a folder, but --from takes an OCI registry or an OCI image layout or a NuGet feed."));
        Assert.That(ErrorLines(retire), Does.StartWith($"error {ErrorCodes.ModelSpecInvalid}: 'churn@[1.0,2.0)' selects a version range, but retire takes NAME@VERSION."));
        Assert.That(new[] { push.ExitCode, fetch.ExitCode, retire.ExitCode }, Is.All.EqualTo(2));
    }

    [Test]
    public void A_deprecated_registry_spelling_works_with_a_TOLLGATE1901_warning_and_is_recorded_canonically()
    {
        // Arrange: a real registry; the artifact is pushed with the old bare spelling, then fetched with oci:
        using var registry = RegistryProcess.Start();
        var artifact = TestArtifacts.Create(Path.Combine(Work, "a"));

        // Act
        var push = CliProcess.Run(Work, null, "push", "--oci", $"{registry.Host}/models/churn", "--artifact", artifact, "--json");
        var digest = JsonDocument.Parse(push.Out).RootElement.GetProperty("digest").GetString();
        var fetch = CliProcess.Run(Work, null, "fetch", $"churn@{digest}", "--from", $"oci:{registry.Host}/models/churn", "--output", Path.Combine(Work, "out"));
        var canonical = CliProcess.Run(Work, null, "fetch", $"churn@{digest}", "--from", $"oci://{registry.Host}/models/churn", "--output", Path.Combine(Work, "out2"));

        // Assert
        Assert.That(push.ExitCode, Is.EqualTo(0), push.ToString());
        Assert.That(push.Err, Does.Contain($"warning {ErrorCodes.ArtifactReferenceDeprecated}: '{registry.Host}/models/churn' (--oci) is a deprecated spelling; write oci://{registry.Host}/models/churn instead."));
        Assert.That(JsonDocument.Parse(push.Out).RootElement.GetProperty("location").GetString(), Is.EqualTo($"oci://{registry.Host}/models/churn"));
        Assert.That(fetch.ExitCode, Is.EqualTo(0), fetch.ToString());
        Assert.That(fetch.Err, Does.Contain($"warning {ErrorCodes.ArtifactReferenceDeprecated}: 'oci:{registry.Host}/models/churn' (--from)"));
        Assert.That(canonical.ExitCode, Is.EqualTo(0), canonical.ToString());
        Assert.That(canonical.Err, Does.Not.Contain(ErrorCodes.ArtifactReferenceDeprecated), "the canonical spelling is not warned about");
    }

    // The diagnostic lines (error and fix) of a run, without progress output.
    private static string ErrorLines(CliProcess.Result run) =>
        string.Join("\n", run.Err.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("error ", StringComparison.Ordinal) || l.StartsWith("  fix: ", StringComparison.Ordinal)));
}
