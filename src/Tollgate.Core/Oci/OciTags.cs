using System.Text.RegularExpressions;

namespace Tollgate.Core.Oci;

/// <summary>OCI tag grammar: <c>[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}</c>.</summary>
internal static partial class OciTags
{
    public static string ForVersion(string version) => Validate(version.Replace('+', '_'));

    public static string Validate(string tag)
    {
        if (!Pattern().IsMatch(tag))
        {
            throw new TollgateException(ErrorCodes.OciReferenceInvalid, $"'{tag}' is not a valid OCI tag.", "Tags use letters, digits, '_', '.', '-' (max 128, not starting with '.' or '-').");
        }

        return tag;
    }

    [GeneratedRegex("^[a-zA-Z0-9_][a-zA-Z0-9._-]{0,127}$")]
    private static partial Regex Pattern();
}
