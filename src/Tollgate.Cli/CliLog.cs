using Tollgate.Core.Logging;

namespace Tollgate.Cli;

/// <summary>
/// Where Core's log goes in the CLI: progress and warnings on stderr. CI workflow commands go to stdout for humans,
/// but to stderr under <c>--json</c> (GitHub Actions and Azure Pipelines read both), so stdout stays one document.
/// <paramref name="infoIsResult"/>: the info lines are the command's answer (validate's gate lines), so stdout unless --json.
/// </summary>
internal sealed class CliLog(bool json, bool infoIsResult = false, TextWriter? stdout = null, TextWriter? stderr = null) : ITollgateLog
{
    private TextWriter Out => stdout ?? Console.Out;

    private TextWriter Err => stderr ?? Console.Error;

    public void Info(string message) => (infoIsResult && !json ? Out : Err).WriteLine(message);

    public void Warning(string code, string message) => Err.WriteLine($"warning {code}: {message}");

    public void Annotation(string command) => (json ? Err : Out).WriteLine(command);
}
