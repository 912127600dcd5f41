namespace Tollgate.Core.Errors;

/// <summary>A user-facing failure with a stable code, a precise message and how to fix it.</summary>
public class TollgateException : Exception
{
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

    /// <summary>Exit code the CLI returns: 2 for usage/input errors, 1 for failed checks.</summary>
    public virtual int ExitCode => 2;

    public override string ToString() => Hint is null ? $"{Code}: {Message}" : $"{Code}: {Message}\n  fix: {Hint}";
}
