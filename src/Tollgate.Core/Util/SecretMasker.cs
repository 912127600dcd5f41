using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Tollgate.Core.Util;

/// <summary>
/// The one place secrets are masked. Every credential Tollgate reads (OCI passwords and tokens, the NuGet API key,
/// the GitHub token, passwords in health URLs) is registered here; <see cref="Mask"/> then replaces those values and
/// any <c>Basic</c>/<c>Bearer</c> credential or <c>user:password@</c> in a URL, whoever produced the text (a registry
/// echoing a header, an exception message). The CLI masks everything it prints through it, and reports are masked
/// before they are written.
/// </summary>
internal static partial class SecretMasker
{
    private const string Hidden = "***";

    private static readonly ConcurrentDictionary<string, byte> Secrets = new(StringComparer.Ordinal);

    /// <summary>Registers a secret value (and its base64 forms, as sent in Basic headers). Short values are ignored: masking "a" would garble all text.</summary>
    public static void Register(string? secret)
    {
        if (string.IsNullOrEmpty(secret) || secret.Length < 4)
        {
            return;
        }

        Secrets[secret] = 0;
    }

    /// <summary>Registers a user name and password pair: the password, and the base64 <c>user:password</c> of a Basic header.</summary>
    public static void RegisterPair(string user, string? password)
    {
        Register(password);
        if (!string.IsNullOrEmpty(password))
        {
            Register(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{user}:{password}")));
        }
    }

    public static string Mask(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return text ?? "";
        }

        // Longest first, so a secret that contains another is masked whole.
        foreach (var secret in Secrets.Keys.OrderByDescending(s => s.Length))
        {
            text = text.Replace(secret, Hidden, StringComparison.Ordinal);
        }

        text = AuthScheme().Replace(text, m => $"{m.Groups[1].Value} {Hidden}");
        return UrlPassword().Replace(text, m => $"{m.Groups[1].Value}{Hidden}@");
    }

    /// <summary>Forgets registered secrets (tests that run many commands in one process).</summary>
    public static void Clear() => Secrets.Clear();

    // As in HTTP headers: the scheme capitalised, then a credential of 8+ characters that is not a plain lowercase
    // word, so prose such as "Basic authentication" survives.
    [GeneratedRegex(@"\b(Basic|Bearer|Token|bearer|token)\s+(?!\*\*\*)(?=[A-Za-z0-9._~+/=\-]*[A-Z0-9._~+/=\-])[A-Za-z0-9._~+/=\-]{8,}")]
    private static partial Regex AuthScheme();

    [GeneratedRegex(@"(\b[a-z][a-z0-9+.\-]*://[^/\s:@]*:)[^/\s@]+@", RegexOptions.IgnoreCase)]
    private static partial Regex UrlPassword();
}
