namespace Tollgate.GitHubEmulator;

/// <summary>One request as the emulator received it (for assertions on what the client sent).</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;
}
