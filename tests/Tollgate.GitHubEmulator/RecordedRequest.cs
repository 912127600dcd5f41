namespace Tollgate.GitHubEmulator;

/// <summary>One request as the emulator received it (for assertions on what the client sent).</summary>
public sealed record RecordedRequest(string Method, string PathAndQuery, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public string? Header(string name) => Headers.TryGetValue(name, out var v) ? v : null;

    /// <summary>The status code answered (0 while the request is still being served).</summary>
    public int Status { get; internal set; }
}
