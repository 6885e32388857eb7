namespace Crm.SharedKernel.Messaging;

/// <summary>
/// Wakes the outbox dispatchers right after a commit that wrote events, so delivery is prompt; the
/// dispatchers also poll, which is what makes delivery survive a crash between commit and dispatch.
/// </summary>
public sealed class OutboxSignal
{
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes at the next <see cref="Notify"/>. Every dispatcher waits on it, so one commit wakes them all.</summary>
    public Task Next => Volatile.Read(ref _next).Task;

    public void Notify() =>
        Interlocked.Exchange(ref _next, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
}

public sealed class OutboxOptions
{
    /// <summary>Off in tests that simulate a crash between commit and dispatch.</summary>
    public bool DispatchEnabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// How long a woken dispatcher lets further commits gather before it reads its outbox: under a stream of writes
    /// every commit wakes every module's dispatcher, and one round per commit costs more than the writes themselves.
    /// </summary>
    public TimeSpan Coalesce { get; set; } = TimeSpan.FromMilliseconds(10);
    public int BatchSize { get; set; } = 50;
    public int MaxAttempts { get; set; } = 20;
}
