namespace Tollgate.Core.Logging;

/// <summary>
/// The one way Core reports while it works; each front end (CLI, Cake runner, MSBuild tasks) decides where it goes.
/// Core never writes to <see cref="Console"/>: a <c>--json</c> stdout must stay exactly one document.
/// It is an <see cref="IProgress{T}"/> of info lines, so services that only report progress keep taking one.
/// </summary>
public interface ITollgateLog : IProgress<string>
{
    /// <summary>A progress or informational line.</summary>
    void Info(string message);

    /// <summary>A problem worth attention that does not stop the command, with its stable code (e.g. TOLLGATE0520).</summary>
    void Warning(string code, string message);

    /// <summary>A CI workflow/logging command (<c>::error …</c>, <c>##vso[…]</c>) that the CI system reads from the log.</summary>
    void Annotation(string command);

    void IProgress<string>.Report(string value) => Info(value);
}
