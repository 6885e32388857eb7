using Crm.SharedKernel.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Crm.SharedKernel.Messaging;

/// <summary>
/// Delivers one module's outbox at least once: locks a batch of unsent rows (SKIP LOCKED, so several hosts
/// can run it), publishes each event in a fresh scope, and marks it sent — or schedules a retry with backoff.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IntegrationEventTypes types,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    TimeProvider clock,
    ILogger<OutboxDispatcher<TContext>> log) : BackgroundService
    where TContext : ModuleDbContext
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.DispatchEnabled) return;
        while (!stoppingToken.IsCancellationRequested)
        {
            // Taken before the batch, so a commit during it still wakes the next round.
            var wake = signal.Next;
            try
            {
                while (await DispatchBatchAsync(stoppingToken) > 0) { }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                log.LogError(e, "Outbox dispatch of {Context} failed; retrying", typeof(TContext).Name);
            }
            try
            {
                await wake.WaitAsync(options.Value.PollInterval, stoppingToken);
                if (options.Value.Coalesce > TimeSpan.Zero) await Task.Delay(options.Value.Coalesce, stoppingToken);
            }
            catch (TimeoutException) { }
            catch (OperationCanceledException) { return; }
        }
    }

    /// <summary>Delivers one batch; returns how many rows it handled. Public so tests can drive it.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        // The table name is the module's own schema, not input.
        var sql = $$"""
            SELECT * FROM {{db.OutboxTable}}
            WHERE processed_at IS NULL AND next_attempt_at <= {0} AND attempts < {1}
            ORDER BY occurred_at, id
            LIMIT {2}
            FOR UPDATE SKIP LOCKED
            """;
        var batch = await db.OutboxMessages
            .FromSqlRaw(sql, now, options.Value.MaxAttempts, options.Value.BatchSize)
            .ToListAsync(ct);

        foreach (var message in batch)
        {
            try
            {
                var evt = types.Deserialize(message.Type, message.Payload);
                await using var handlerScope = scopes.CreateAsyncScope();
                await handlerScope.ServiceProvider.GetRequiredService<IPublisher>().Publish(evt, ct);
                message.ProcessedAt = clock.GetUtcNow();
                message.LastError = null;
            }
            catch (Exception e) when (!ct.IsCancellationRequested)
            {
                message.Attempts++;
                message.LastError = e.Message.Length > 2000 ? e.Message[..2000] : e.Message;
                message.NextAttemptAt = clock.GetUtcNow().AddSeconds(Math.Min(300, Math.Pow(2, message.Attempts)));
                log.LogWarning(e, "Delivering {Type} {Id} failed (attempt {Attempt})", message.Type, message.Id, message.Attempts);
            }
        }
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return batch.Count;
    }
}
