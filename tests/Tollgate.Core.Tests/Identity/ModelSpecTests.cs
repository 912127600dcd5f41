using Tollgate.Core.Identity;

namespace Tollgate.Core.Tests.Identity;

public class ModelSpecTests
{
    private const string Digest = "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    [TestCase("churn@1.4.0", "churn", ModelSelector.Version, "1.4.0")]
    [TestCase("churn-classifier@1.0.1+sha.00575e75", "churn-classifier", ModelSelector.Version, "1.0.1+sha.00575e75")]
    [TestCase("churn@2.0.0-rc.1", "churn", ModelSelector.Version, "2.0.0-rc.1")]
    [TestCase("Contoso.Models.Churn@1.4", "Contoso.Models.Churn", ModelSelector.Version, "1.4")]
    [TestCase("churn@[1.0,2.0)", "churn", ModelSelector.Range, "[1.0,2.0)")]
    [TestCase("churn@(,3.0]", "churn", ModelSelector.Range, "(,3.0]")]
    [TestCase("churn@1.*", "churn", ModelSelector.Range, "1.*")]
    [TestCase("churn@staging", "churn", ModelSelector.Environment, "staging")]
    [TestCase("churn@Production-EU", "churn", ModelSelector.Environment, "Production-EU")]
    [TestCase("churn@" + Digest, "churn", ModelSelector.Digest, Digest)]
    public void Parses_each_form_and_round_trips(string text, string name, ModelSelector kind, string selector)
    {
        // Act
        var spec = ModelSpec.Parse(text);

        // Assert
        Assert.That((spec.Name, spec.Kind, spec.Selector), Is.EqualTo((name, kind, selector)));
        Assert.That(spec.ToString(), Is.EqualTo(text));
        Assert.That(ModelSpec.Parse(spec.ToString()), Is.EqualTo(spec));
    }

    [TestCase("churn", "it needs exactly one '@' between a name and what to select")]
    [TestCase("@1.4.0", "it needs exactly one '@' between a name and what to select")]
    [TestCase("churn@", "it needs exactly one '@' between a name and what to select")]
    [TestCase("churn@1.0@2.0", "it needs exactly one '@' between a name and what to select")]
    [TestCase("ch urn@1.4.0", "'ch urn' is not a model name (letters, digits, '.', '_', '-'; at most 100)")]
    [TestCase("churn@[2.0", "'[2.0' is neither a version, a version range, an environment nor a sha256 digest")]
    [TestCase("churn@1.x", "'1.x' is neither a version, a version range, an environment nor a sha256 digest")]
    [TestCase("churn@sha256:abc", "'sha256:abc' is neither a version, a version range, an environment nor a sha256 digest")]
    [TestCase("churn@-staging", "'-staging' is neither a version, a version range, an environment nor a sha256 digest")]
    public void Refuses_malformed_specs_with_one_code_and_says_what_is_wrong(string text, string problem)
    {
        // Act
        var error = Assert.Throws<TollgateException>(() => ModelSpec.Parse(text));
        var parsed = ModelSpec.TryParse(text, out _, out var tryProblem);

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ModelSpecInvalid));
        Assert.That(error.Message, Is.EqualTo($"'{text}' is not a model spec: {problem}."));
        Assert.That(error.Hint, Does.Contain("NAME@VERSION").And.Contain("NAME@RANGE").And.Contain("NAME@ENVIRONMENT").And.Contain("NAME@sha256:"));
        Assert.That((parsed, tryProblem), Is.EqualTo((false, problem)));
    }

    [TestCase("churn@[1.0,2.0)", "retire", "'churn@[1.0,2.0)' selects a version range, but retire takes NAME@VERSION.")]
    [TestCase("churn@staging", "a NuGet fetch", "'churn@staging' selects an environment, but a NuGet fetch takes NAME@VERSION or NAME@RANGE.")]
    public void Refuses_a_kind_the_command_cannot_use_with_the_same_code(string text, string usage, string message)
    {
        // Arrange
        var allowed = usage == "retire" ? new[] { ModelSelector.Version } : [ModelSelector.Version, ModelSelector.Range];

        // Act
        var error = Assert.Throws<TollgateException>(() => ModelSpec.Parse(text).Expect(usage, allowed));

        // Assert
        Assert.That(error!.Code, Is.EqualTo(ErrorCodes.ModelSpecInvalid));
        Assert.That(error.Message, Is.EqualTo(message));
    }

    [TestCase("churn@1.4.0+sha.1a2b", "1.4.0_sha.1a2b")]
    [TestCase("churn@staging", "staging")]
    [TestCase("churn@" + Digest, Digest)]
    public void Names_the_OCI_tag_or_digest_to_fetch(string text, string reference) =>
        Assert.That(ModelSpec.Parse(text).OciReference(), Is.EqualTo(reference));
}
