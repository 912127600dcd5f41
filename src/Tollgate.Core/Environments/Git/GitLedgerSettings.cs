using Tollgate.Core.Config;

namespace Tollgate.Core.Environments.Git;

/// <summary>Where the git-backed ledger lives: a clone, its remote and the ledger ref on that remote.</summary>
internal sealed record GitLedgerSettings(string Repository, string Remote, string Ref)
{
    /// <summary>Default ledger ref: outside refs/heads and refs/tags, so no branch or tag is ever touched.</summary>
    public const string DefaultRef = "refs/tollgate/ledger";

    /// <summary>Attempts before a contended append gives up.</summary>
    public int MaxAttempts { get; init; } = 30;

    /// <summary>The settings of <c>backend.kind: git</c>, checked: the ref must be outside branches and tags.</summary>
    public static GitLedgerSettings From(TollgateConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var backend = config.Backend;
        var reference = backend.Ref ?? DefaultRef;
        if (!reference.StartsWith("refs/", StringComparison.Ordinal) || reference.StartsWith("refs/heads/", StringComparison.Ordinal)
            || reference.StartsWith("refs/tags/", StringComparison.Ordinal) || reference.Contains(' ', StringComparison.Ordinal) || reference.Contains('*', StringComparison.Ordinal))
        {
            throw new TollgateException(ErrorCodes.GitLedgerSettingsInvalid,
                $"{config.SourcePath}: backend.ref '{reference}' is not a ref Tollgate may own.",
                $"Use a ref under refs/ but outside refs/heads/ and refs/tags/, e.g. {DefaultRef} (the default).") { File = config.SourcePath };
        }

        var remote = backend.Remote ?? "origin";
        if (remote.Length == 0 || remote.StartsWith('-') || remote.Any(char.IsWhiteSpace))
        {
            throw new TollgateException(ErrorCodes.GitLedgerSettingsInvalid,
                $"{config.SourcePath}: backend.remote '{remote}' is not a git remote name or URL.",
                "Use the name of a configured remote (origin, the default) or a URL.") { File = config.SourcePath };
        }

        return new GitLedgerSettings(config.BaseDirectory, remote, reference);
    }
}
