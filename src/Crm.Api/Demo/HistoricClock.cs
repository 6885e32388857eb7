namespace Crm.Api.Demo;

/// <summary>
/// The host's clock: the system clock, except inside a <see cref="At"/> block, where every <see cref="TimeProvider"/>
/// reader in that async flow (handlers, the unit of work's created/updated stamps, stage history) sees the given
/// moment. Demo data uses it to replay a year of sales history through the real commands; nothing else sets it, and
/// other flows (requests, the outbox dispatchers) never see it, because an <see cref="AsyncLocal{T}"/> only flows
/// into the calls made inside the block.
/// </summary>
internal sealed class HistoricClock : TimeProvider
{
    private static readonly AsyncLocal<DateTimeOffset?> Moment = new();

    public override DateTimeOffset GetUtcNow() => Moment.Value ?? base.GetUtcNow();

    /// <summary>Until disposed, this async flow's "now" is <paramref name="moment"/>.</summary>
    public static IDisposable At(DateTimeOffset moment)
    {
        var previous = Moment.Value;
        Moment.Value = moment.ToUniversalTime();
        return new Restore(previous);
    }

    private sealed class Restore(DateTimeOffset? previous) : IDisposable
    {
        public void Dispose() => Moment.Value = previous;
    }
}
