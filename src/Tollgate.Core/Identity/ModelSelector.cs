namespace Tollgate.Core.Identity;

/// <summary>What the part after <c>@</c> in a <see cref="ModelSpec"/> names.</summary>
public enum ModelSelector
{
    /// <summary>One exact version: <c>churn@1.4.0</c>, <c>churn@1.4.0+sha.1a2b3c4d</c>.</summary>
    Version,

    /// <summary>A NuGet version range: <c>churn@[1.0,2.0)</c>, <c>churn@1.*</c>.</summary>
    Range,

    /// <summary>Whatever an environment (its OCI tag) points at: <c>churn@staging</c>.</summary>
    Environment,

    /// <summary>An OCI manifest digest: <c>churn@sha256:…</c>.</summary>
    Digest,
}
