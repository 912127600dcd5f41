using System.Text;
using System.Text.Json;

namespace Tollgate.Core.Oci.Registry;

/// <summary>A registry user name and password (or token). <see cref="ToString"/> never shows the secret.</summary>
internal sealed record RegistryCredentials(string Username, string Password)
{
    public override string ToString() => $"{Username}:***";

    public string BasicHeaderValue => Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Username}:{Password}"));

    /// <summary>
    /// Credentials for <paramref name="host"/> from Docker's <c>config.json</c> (<c>$DOCKER_CONFIG/config.json</c>, else
    /// <c>~/.docker/config.json</c>), <c>auths</c> entries with <c>auth</c> (base64 user:password) or username/password.
    /// </summary>
    public static RegistryCredentials? FromDockerConfig(string host, string? dockerConfigDir = null)
    {
        dockerConfigDir ??= Environment.GetEnvironmentVariable("DOCKER_CONFIG")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".docker");
        var path = Path.Combine(dockerConfigDir, "config.json");
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllText(path));
            if (!doc.RootElement.TryGetProperty("auths", out var auths))
            {
                return null;
            }

            foreach (var entry in auths.EnumerateObject())
            {
                if (HostOf(entry.Name).Equals(host, StringComparison.OrdinalIgnoreCase))
                {
                    return Read(entry.Value);
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            // An unreadable config.json means no credentials, as Docker itself treats a missing entry.
            return null;
        }

        return null;
    }

    private static RegistryCredentials? Read(JsonElement entry)
    {
        var credentials = ReadEntry(entry);
        if (credentials is not null)
        {
            Util.SecretMasker.RegisterPair(credentials.Username, credentials.Password);
        }

        return credentials;
    }

    private static RegistryCredentials? ReadEntry(JsonElement entry)
    {
        if (entry.TryGetProperty("auth", out var auth) && auth.GetString() is { Length: > 0 } encoded)
        {
            var pair = Encoding.UTF8.GetString(Convert.FromBase64String(encoded));
            var colon = pair.IndexOf(':');
            return colon > 0 ? new RegistryCredentials(pair[..colon], pair[(colon + 1)..]) : null;
        }

        return entry.TryGetProperty("username", out var u) && entry.TryGetProperty("password", out var p)
            ? new RegistryCredentials(u.GetString() ?? "", p.GetString() ?? "")
            : null;
    }

    // Keys may be "host:port", "https://host:port" or "https://host/v1/" (Docker Hub's legacy form).
    private static string HostOf(string key)
    {
        var k = key.Contains("://", StringComparison.Ordinal) ? key[(key.IndexOf("://", StringComparison.Ordinal) + 3)..] : key;
        var slash = k.IndexOf('/');
        return slash >= 0 ? k[..slash] : k;
    }
}
