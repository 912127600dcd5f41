namespace Tollgate.GitHubEmulator;

/// <summary>
/// Faults to inject into the next matching requests: 5xx bursts, 429 with Retry-After, primary and secondary
/// rate limits (403/429), a delay, and a connection dropped right after a deployment was created.
/// </summary>
public sealed class EmulatorFaults
{
    private readonly object gate = new();
    private readonly List<Fault> pending = [];
    private int dropsAfterCreate;

    /// <summary>The next <paramref name="count"/> matching requests answer <paramref name="status"/> (e.g. 502).</summary>
    public void ServerErrors(int count, int status = 502, string? method = null, string? pathContains = null) =>
        Add(new Fault(FaultKind.ServerError, status, null, method, pathContains, count));

    /// <summary>The next matching request answers 429 with Retry-After (a secondary limit as GitHub sends it on 429).</summary>
    public void TooManyRequests(int retryAfterSeconds, string? method = null, string? pathContains = null) =>
        Add(new Fault(FaultKind.Secondary, 429, retryAfterSeconds, method, pathContains, 1));

    /// <summary>The next matching request answers 403 "secondary rate limit", with Retry-After when given.</summary>
    public void SecondaryRateLimit(int? retryAfterSeconds, string? method = null, string? pathContains = null) =>
        Add(new Fault(FaultKind.Secondary, 403, retryAfterSeconds, method, pathContains, 1));

    /// <summary>The next matching request answers 403 (or 429) "API rate limit exceeded", remaining 0, reset in N seconds.</summary>
    public void PrimaryRateLimit(int resetInSeconds, bool use429 = false, string? method = null, string? pathContains = null) =>
        Add(new Fault(FaultKind.Primary, use429 ? 429 : 403, resetInSeconds, method, pathContains, 1));

    /// <summary>The next matching request is delayed (then served normally).</summary>
    public void Delay(TimeSpan delay, string? method = null, string? pathContains = null) =>
        Add(new Fault(FaultKind.Delay, 0, (int)delay.TotalMilliseconds, method, pathContains, 1));

    /// <summary>The next deployment POST creates the deployment, then drops the connection without answering.</summary>
    public void DropConnectionAfterNextDeploymentCreate()
    {
        lock (gate) dropsAfterCreate++;
    }

    internal bool TakeDropAfterCreate()
    {
        lock (gate)
        {
            if (dropsAfterCreate == 0) return false;
            dropsAfterCreate--;
            return true;
        }
    }

    internal Fault? Take(string method, string path)
    {
        lock (gate)
        {
            var fault = pending.FirstOrDefault(f => (f.Method is null || f.Method.Equals(method, StringComparison.OrdinalIgnoreCase))
                && (f.PathContains is null || path.Contains(f.PathContains, StringComparison.Ordinal)));
            if (fault is null) return null;
            pending.Remove(fault);
            if (fault.Times > 1) pending.Insert(0, fault with { Times = fault.Times - 1 });
            return fault;
        }
    }

    private void Add(Fault fault)
    {
        lock (gate) pending.Add(fault);
    }

    internal enum FaultKind { ServerError, Secondary, Primary, Delay }

    internal sealed record Fault(FaultKind Kind, int Status, int? Seconds, string? Method, string? PathContains, int Times);
}
