using NuGet.Common;

namespace Tollgate.Core.Packaging;

/// <summary>Forwards NuGet's messages (information and above) to a progress sink with the API key masked.</summary>
internal sealed class RedactingNuGetLogger(IProgress<string>? progress, string? secret) : LoggerBase(LogLevel.Information)
{
    /// <summary>The first error NuGet logged (some failures, like an HTTP push without opt-in, are only logged).</summary>
    public string? FirstError { get; private set; }

    public override void Log(ILogMessage message)
    {
        if (message.Level >= LogLevel.Error)
        {
            FirstError ??= Redact(message.Message, secret);
        }

        if (progress is not null && message.Level >= LogLevel.Information)
        {
            progress.Report("  nuget: " + Redact(message.Message, secret));
        }
    }

    public override Task LogAsync(ILogMessage message)
    {
        Log(message);
        return Task.CompletedTask;
    }

    public static string Redact(string text, string? secret)
    {
        Util.SecretMasker.Register(secret);
        return Util.SecretMasker.Mask(text);
    }
}
