namespace Crm.SharedKernel.Messaging;

/// <summary>
/// Wakes the outbox dispatchers right after a commit that wrote events, so delivery is prompt; the
/// dispatchers also poll, which is what makes delivery survive a crash between commit and dispatch.
/// </summary>
public sealed class OutboxSignal
{
    private readonly SemaphoreSlim _signal = new(0, int.MaxValue);

    public void Notify() { if (_signal.CurrentCount == 0) _signal.Release(); }

    public Task WaitAsync(TimeSpan timeout, CancellationToken ct) => _signal.WaitAsync(timeout, ct);
}

public sealed class OutboxOptions
{
    /// <summary>Off in tests that simulate a crash between commit and dispatch.</summary>
    public bool DispatchEnabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    public int BatchSize { get; set; } = 50;
    public int MaxAttempts { get; set; } = 20;
}
