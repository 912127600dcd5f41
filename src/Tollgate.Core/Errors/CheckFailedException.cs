namespace Tollgate.Core.Errors;

/// <summary>A check or gate failed: the input was fine, the verdict is "no" (exit code 1). Not sealed: <see cref="GatesFailedException"/> adds the report.</summary>
public class CheckFailedException(string code, string message, string? hint = null)
    : TollgateException(code, message, hint)
{
    public override int ExitCode => 1;
}
