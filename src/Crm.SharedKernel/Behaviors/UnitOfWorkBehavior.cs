using System.Reflection;
using Crm.SharedKernel.Messaging;
using Crm.SharedKernel.Persistence;
using Crm.SharedKernel.Results;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Crm.SharedKernel.Behaviors;

/// <summary>Which DbContext is the unit of work for the commands of each module assembly.</summary>
public sealed class UnitOfWorkRegistry
{
    private readonly Dictionary<Assembly, Type> _contexts = [];

    public void Register(Assembly module, Type context) => _contexts[module] = context;

    public ModuleDbContext? Resolve(Type message, IServiceProvider services) =>
        _contexts.TryGetValue(message.Assembly, out var type) ? (ModuleDbContext)services.GetRequiredService(type) : null;
}

/// <summary>
/// For the rare command that must keep a write even when it fails (a failed sign-in counts towards lockout):
/// its handler saves what it must itself, and the unit of work leaves it alone.
/// </summary>
public interface IKeepsWritesOnFailure;

/// <summary>
/// One transaction per command on its module's DbContext: everything the handler saves — the change, its
/// audit events, its integration events — commits together, or nothing does (a failed result or an
/// exception rolls back). Queries pass straight through.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(UnitOfWorkRegistry registry, IServiceProvider services, OutboxSignal signal)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken ct)
    {
        var db = registry.Resolve(typeof(TMessage), services);
        if (message is IKeepsWritesOnFailure || db is null || db.Database.CurrentTransaction is not null)
            return await next(message, ct);

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var response = await next(message, ct);
        if (response is IOutcome { IsSuccess: false })
        {
            await tx.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            return response;
        }
        await tx.CommitAsync(ct);
        signal.Notify();
        return response;
    }
}
