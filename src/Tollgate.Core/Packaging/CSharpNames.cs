using System.Text;

namespace Tollgate.Core.Packaging;

/// <summary>C# identifiers from column names and package ids (<c>tenure_months</c> → <c>TenureMonths</c>).</summary>
internal static class CSharpNames
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <summary>PascalCase member name: words split at anything but letters and digits; a leading digit gets <c>_</c>.</summary>
    public static string Member(string text)
    {
        var s = new StringBuilder();
        foreach (var word in Words(text))
        {
            s.Append(char.ToUpperInvariant(word[0])).Append(word.AsSpan(1));
        }

        var name = s.Length == 0 ? "Column" : s.ToString();
        return char.IsDigit(name[0]) ? "_" + name : name;
    }

    /// <summary>A namespace from a package id: every dot-separated part made a valid identifier.</summary>
    public static string Namespace(string packageId) =>
        string.Join('.', packageId.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(Part));

    private static string Part(string part)
    {
        var s = new StringBuilder();
        foreach (var c in part)
        {
            s.Append(char.IsLetterOrDigit(c) || c == '_' ? c : '_');
        }

        var name = s.ToString();
        name = char.IsDigit(name[0]) ? "_" + name : name;
        return Keywords.Contains(name) ? "@" + name : name;
    }

    private static IEnumerable<string> Words(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var separator = i == text.Length || !char.IsLetterOrDigit(text[i]);
            if (!separator && start < 0)
            {
                start = i;
            }
            else if (separator && start >= 0)
            {
                yield return text[start..i];
                start = -1;
            }
        }
    }
}
