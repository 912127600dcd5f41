using System.Text.RegularExpressions;
using NuGet.Versioning;

namespace Tollgate.Core.Identity;

/// <summary>
/// <c>NAME@VERSION</c>, <c>NAME@RANGE</c>, <c>NAME@ENVIRONMENT</c> or <c>NAME@sha256:…</c>: the one parser for model
/// identifiers typed on any front end. Every malformed spec fails with <see cref="ErrorCodes.ModelSpecInvalid"/>;
/// <see cref="ToString"/> gives back the text that was parsed.
/// </summary>
public sealed partial record ModelSpec
{
    private ModelSpec(string name, ModelSelector kind, string selector) => (Name, Kind, Selector) = (name, kind, selector);

    /// <summary>The model name (or NuGet package id).</summary>
    public string Name { get; }

    /// <summary>What <see cref="Selector"/> names: a version, a range, an environment or a digest.</summary>
    public ModelSelector Kind { get; }

    /// <summary>The text after <c>@</c>, as given.</summary>
    public string Selector { get; }

    /// <summary>The text that was parsed: <c>NAME@SELECTOR</c>.</summary>
    public override string ToString() => $"{Name}@{Selector}";

    /// <summary>Parses <paramref name="text"/>, or throws <see cref="TollgateException"/> (<see cref="ErrorCodes.ModelSpecInvalid"/>) saying what is wrong.</summary>
    public static ModelSpec Parse(string text) =>
        TryParse(text, out var spec, out var problem) ? spec : throw Invalid(text, problem);

    /// <summary>Parses <paramref name="text"/>; on failure <paramref name="problem"/> says what is wrong and the result is false.</summary>
    public static bool TryParse(string? text, out ModelSpec spec, out string problem)
    {
        spec = null!;
        var at = text?.IndexOf('@') ?? -1;
        if (text is null || at <= 0 || at == text.Length - 1 || text.IndexOf('@', at + 1) >= 0)
        {
            problem = "it needs exactly one '@' between a name and what to select";
            return false;
        }

        var (name, selector) = (text[..at], text[(at + 1)..]);
        if (!NamePattern().IsMatch(name))
        {
            problem = $"'{name}' is not a model name (letters, digits, '.', '_', '-'; at most 100)";
            return false;
        }

        ModelSelector? kind = Classify(selector);
        if (kind is null)
        {
            problem = $"'{selector}' is neither a version, a version range, an environment nor a sha256 digest";
            return false;
        }

        spec = new ModelSpec(name, kind.Value, selector);
        problem = "";
        return true;
    }

    /// <summary>Refuses a spec whose kind the caller cannot use (retire takes a version, not a range), with the same code.</summary>
    internal ModelSpec Expect(string usage, params ModelSelector[] allowed)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        return allowed.Contains(Kind) ? this : throw new TollgateException(ErrorCodes.ModelSpecInvalid,
            $"'{this}' selects {Describe(Kind)}, but {usage} takes {string.Join(" or ", allowed.Select(Example))}.",
            $"Write e.g. {Name}@1.4.0 (see 'tollgate history' for the versions).");
    }

    /// <summary>The OCI tag or manifest digest this spec fetches: the digest itself, else the version's (or environment's) tag.</summary>
    internal string OciReference() =>
        Expect("an OCI fetch", ModelSelector.Version, ModelSelector.Environment, ModelSelector.Digest).Kind == ModelSelector.Digest ? Selector : Oci.OciTags.ForVersion(Selector);

    private static ModelSelector? Classify(string selector)
    {
        if (selector.StartsWith("sha256:", StringComparison.Ordinal))
        {
            return DigestPattern().IsMatch(selector) ? ModelSelector.Digest : null;
        }

        if (char.IsAsciiDigit(selector[0]) && NuGetVersion.TryParse(selector, out _) && !selector.Contains('*', StringComparison.Ordinal))
        {
            return ModelSelector.Version;
        }

        if ((selector[0] is '[' or '(' || selector.Contains('*', StringComparison.Ordinal)) && VersionRange.TryParse(selector, out _))
        {
            return ModelSelector.Range;
        }

        return EnvironmentPattern().IsMatch(selector) ? ModelSelector.Environment : null;
    }

    private static TollgateException Invalid(string? text, string problem) => new(ErrorCodes.ModelSpecInvalid,
        $"'{text}' is not a model spec: {problem}.",
        "Write NAME@VERSION (churn@1.4.0), NAME@RANGE (churn@[1.0,2.0)), NAME@ENVIRONMENT (churn@staging) or NAME@sha256:<64 hex>.");

    private static string Describe(ModelSelector kind) => kind switch
    {
        ModelSelector.Version => "a version",
        ModelSelector.Range => "a version range",
        ModelSelector.Environment => "an environment",
        _ => "a digest",
    };

    private static string Example(ModelSelector kind) => kind switch
    {
        ModelSelector.Version => "NAME@VERSION",
        ModelSelector.Range => "NAME@RANGE",
        ModelSelector.Environment => "NAME@ENVIRONMENT",
        _ => "NAME@sha256:…",
    };

    [GeneratedRegex("^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex("^sha256:[a-f0-9]{64}$")]
    private static partial Regex DigestPattern();

    // An environment selects its OCI tag, so it must be a valid tag that cannot be read as a version.
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9._-]{0,127}$")]
    private static partial Regex EnvironmentPattern();
}
