namespace Tollgate.Core.Errors;

/// <summary>A user-facing failure with a stable code, a precise message and how to fix it.</summary>
public class TollgateException : Exception
{
    /// <summary>A failure with its stable <paramref name="code"/> (a constant of <see cref="ErrorCodes"/>).</summary>
    /// <param name="code">The diagnostic code, e.g. TOLLGATE0101.</param>
    /// <param name="message">What is wrong and where.</param>
    /// <param name="hint">How to fix it; null when there is nothing to say.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public TollgateException(string code, string message, string? hint = null, Exception? inner = null)
        : base(message, inner)
    {
        Code = code;
        Hint = hint;
    }

    /// <summary>Stable diagnostic code, e.g. TOLLGATE0101; documented under docs/errors/.</summary>
    public string Code { get; }

    /// <summary>What the user can do about it.</summary>
    public string? Hint { get; }

    /// <summary>The file the problem is in, when known (e.g. tollgate.yml); front ends show it as a diagnostic location.</summary>
    public string? File { get; init; }

    /// <summary>1-based line in <see cref="File"/>, when known.</summary>
    public int? Line { get; init; }

    /// <summary>1-based column in <see cref="File"/>, when known.</summary>
    public int? Column { get; init; }

    /// <summary>Canonical MSBuild/VS location prefix: <c>file(line,column)</c>, <c>file</c> or empty.</summary>
    public string Location => File is null ? "" : Line is null ? File : Column is null ? $"{File}({Line})" : $"{File}({Line},{Column})";

    /// <summary>Exit code the CLI returns: 2 for usage/input errors, 1 for failed checks.</summary>
    public virtual int ExitCode => 2;

    /// <summary><c>CODE: message</c>, plus a <c>fix:</c> line with the hint.</summary>
    public override string ToString() => Hint is null ? $"{Code}: {Message}" : $"{Code}: {Message}\n  fix: {Hint}";
}
