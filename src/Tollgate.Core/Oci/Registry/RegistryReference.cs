using System.Net;
using System.Text.RegularExpressions;

namespace Tollgate.Core.Oci.Registry;

/// <summary>
/// <c>REGISTRY/REPO</c>, optionally prefixed with <c>oci://</c>, <c>http://</c> or <c>https://</c>. Loopback registries
/// (localhost, 127.0.0.0/8, ::1) use plain HTTP unless https:// is given; everything else uses HTTPS.
/// </summary>
internal sealed partial record RegistryReference(string Host, string Repository, Uri BaseUri)
{
    public override string ToString() => $"oci://{Host}/{Repository}";

    public static RegistryReference Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        string? scheme = null;
        var rest = text;
        foreach (var prefix in new[] { "oci://", "http://", "https://" })
        {
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                scheme = prefix == "oci://" ? null : prefix[..^3];
                rest = text[prefix.Length..];
            }
        }

        var slash = rest.IndexOf('/');
        if (slash <= 0 || !RepoPattern().IsMatch(rest[(slash + 1)..]))
        {
            throw new TollgateException(ErrorCodes.OciReferenceInvalid, $"'{text}' is not REGISTRY/REPOSITORY (e.g. 127.0.0.1:5000/models/churn).", "Repository names are lowercase letters, digits and separators ('.', '_', '-', '/').");
        }

        var host = rest[..slash];
        if (!Uri.TryCreate($"http://{host}/", UriKind.Absolute, out var probe))
        {
            throw new TollgateException(ErrorCodes.OciReferenceInvalid, $"'{host}' in '{text}' is not a host[:port].", "Write the registry as host:port, e.g. 127.0.0.1:5000.");
        }

        scheme ??= IsLoopback(probe.Host) ? "http" : "https";
        return new RegistryReference(host, rest[(slash + 1)..], new Uri($"{scheme}://{host}/"));
    }

    private static bool IsLoopback(string host) =>
        host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));

    [GeneratedRegex("^[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$")]
    private static partial Regex RepoPattern();
}
