namespace Tollgate.Core.Environments.GitHub;

/// <summary>
/// Serializes mutating GitHub calls and spaces them by <see cref="GitHubSettings.WriteInterval"/>, as GitHub's best
/// practices ask (fast bursts of POSTs trigger secondary rate limits).
/// </summary>
internal sealed class WritePacer(TimeSpan interval, TimeProvider time)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private DateTimeOffset lastWrite = DateTimeOffset.MinValue;

    public async Task<T> RunAsync<T>(Func<Task<T>> write, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = lastWrite == DateTimeOffset.MinValue ? TimeSpan.Zero : lastWrite + interval - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
            }

            try
            {
                return await write().ConfigureAwait(false);
            }
            finally
            {
                lastWrite = time.GetUtcNow();
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
