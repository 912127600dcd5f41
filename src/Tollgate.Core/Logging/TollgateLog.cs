namespace Tollgate.Core.Logging;

/// <summary>Adapts the plain progress callbacks services accept to <see cref="ITollgateLog"/>.</summary>
internal static class TollgateLog
{
    /// <summary>Discards everything.</summary>
    public static ITollgateLog None { get; } = new ProgressLog(null);

    /// <summary>The log itself when <paramref name="progress"/> is one; otherwise every entry becomes a progress line.</summary>
    public static ITollgateLog From(IProgress<string>? progress) => progress as ITollgateLog ?? new ProgressLog(progress);

    private sealed class ProgressLog(IProgress<string>? progress) : ITollgateLog
    {
        public void Info(string message) => progress?.Report(message);

        public void Warning(string code, string message) => progress?.Report($"warning {code}: {message}");

        public void Annotation(string command) => progress?.Report(command);
    }
}
