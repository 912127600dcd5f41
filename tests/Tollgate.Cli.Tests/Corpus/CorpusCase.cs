namespace Tollgate.Cli.Tests.Corpus;

/// <summary>
/// One bad input: how to spoil a copy of the healthy sample project, the command to run on it
/// (<c>{p}</c> stands for the project folder, <c>{port}</c> for the echoing server's port), and the exit code and
/// error code the command must answer with.
/// </summary>
public sealed record CorpusCase(string Area, string Name, Action<CorpusProject>? Setup, string Args, int Exit, string Code)
{
    /// <summary>Environment variables set for this case only (secrets, tokens).</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    /// <summary>Texts that must never appear in anything the command printed (secrets).</summary>
    public IReadOnlyList<string> NeverPrinted { get; init; } = [];

    public override string ToString() => $"{Area}: {Name}";
}
