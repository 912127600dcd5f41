namespace Tollgate.Core.Environments.Travel;

/// <summary>Parses the recorded NuGet reference <c>nuget:SOURCE?package=ID&amp;version=V</c>.</summary>
internal static class NuGetReference
{
    public static bool TryParse(string reference, out string source, out string packageId, out string version)
    {
        (source, packageId, version) = ("", "", "");
        const string Prefix = "nuget:";
        var query = reference.LastIndexOf('?');
        if (!reference.StartsWith(Prefix, StringComparison.Ordinal) || query <= Prefix.Length)
        {
            return false;
        }

        source = reference[Prefix.Length..query];
        foreach (var pair in reference[(query + 1)..].Split('&'))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            switch (eq < 0 ? pair : pair[..eq])
            {
                case "package":
                    packageId = pair[(eq + 1)..];
                    break;
                case "version":
                    version = pair[(eq + 1)..];
                    break;
            }
        }

        return packageId.Length > 0 && version.Length > 0;
    }
}
