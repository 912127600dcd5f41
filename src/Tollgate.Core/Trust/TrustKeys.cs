using Tollgate.Core.Config;

namespace Tollgate.Core.Trust;

/// <summary>The keys tollgate.yml configures: the signing key (optional) and the trusted public keys.</summary>
internal static class TrustKeys
{
    /// <summary>The configured signing key, or null when neither the key file nor the key variable is set.</summary>
    public static SigningKey? SigningKeyOrNull(TollgateConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        var file = config.Trust.SigningKeyFile is { } f ? config.Resolve(f) : null;
        return file is not null || !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(config.Trust.SigningKeyVariable))
            ? SigningKey.Load(file, config.Trust.SigningKeyVariable)
            : null;
    }

    /// <summary>The trusted keys of tollgate.yml plus any given on the command line.</summary>
    public static IReadOnlyList<TrustedKey> Trusted(TollgateConfig? config, IEnumerable<string>? extraFiles = null) =>
        (config?.Trust.TrustedKeys.Select(config.Resolve) ?? [])
            .Concat((extraFiles ?? []).Select(Path.GetFullPath))
            .Distinct(StringComparer.Ordinal)
            .Select(TrustedKey.FromFile)
            .ToList();

    /// <summary>Where <c>tollgate sign</c> writes an artifact folder's signature by default: beside it, <c>DIR.sig.json</c>.</summary>
    public static string SignaturePathFor(string artifactDir) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(artifactDir)) + ".sig.json";
}
