using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Tasks;

public sealed record GetTask(Guid Id) : IQuery<Result<CustomerTaskDetails>>;

public sealed record CustomerTaskDetails(
    Guid Id,
    string Title,
    string? Description,
    DateTimeOffset? DueAt,
    CustomerTaskStatus Status,
    TaskPriority Priority,
    DateTimeOffset? CompletedAt,
    Guid? ContactId,
    string? ContactName,
    Guid? AccountId,
    string? AccountName,
    Guid AssigneeId,
    string? AssigneeName,
    Guid? TeamId,
    Guid CreatedBy,
    string? CreatedByName,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

internal sealed class GetTaskHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users)
    : IQueryHandler<GetTask, Result<CustomerTaskDetails>>
{
    public async ValueTask<Result<CustomerTaskDetails>> Handle(GetTask query, CancellationToken ct) =>
        await db.Tasks.AsNoTracking().VisibleTo(user)
            .Where(t => t.Id == query.Id)
            .ToDetails(db)
            .FirstOrDefaultAsync(ct) is { } task
            ? await task.WithUserNamesAsync(users, ct)
            : CustomersErrors.TaskNotFound(query.Id);
}

/// <summary>The one projection of a task to <see cref="CustomerTaskDetails"/>; also used after writes and for 409 bodies.</summary>
internal static class CustomerTaskProjection
{
    /// <summary>Filter first (visibility, id), then project; record names come from the same query.</summary>
    public static IQueryable<CustomerTaskDetails> ToDetails(this IQueryable<CustomerTask> tasks, CustomersDbContext db) =>
        tasks.Select(t => new CustomerTaskDetails(
            t.Id, t.Title, t.Description, t.DueAt, t.Status, t.Priority, t.CompletedAt,
            t.ContactId, db.Contacts.IgnoreQueryFilters().Where(c => c.Id == t.ContactId).Select(c => c.FullName).FirstOrDefault(),
            t.AccountId, db.Accounts.IgnoreQueryFilters().Where(a => a.Id == t.AccountId).Select(a => a.Name).FirstOrDefault(),
            t.OwnerId, null, t.TeamId, t.CreatedBy, null, t.CreatedAt, t.UpdatedAt, t.Version));

    /// <summary>Users live in the Platform module: both names come through its directory in one call.</summary>
    public static async Task<CustomerTaskDetails> WithUserNamesAsync(this CustomerTaskDetails task, IUserDirectory users, CancellationToken ct)
    {
        var names = await users.GetNamesAsync([task.AssigneeId, task.CreatedBy], ct);
        return task with { AssigneeName = names.GetValueOrDefault(task.AssigneeId), CreatedByName = names.GetValueOrDefault(task.CreatedBy) };
    }

    /// <summary>The task as it is now, for a 409 body or the answer to a write.</summary>
    public static async Task<CustomerTaskDetails> CurrentTaskAsync(this CustomersDbContext db, Guid id, IUserDirectory users, CancellationToken ct) =>
        await (await db.Tasks.AsNoTracking().Where(t => t.Id == id).ToDetails(db).FirstAsync(ct)).WithUserNamesAsync(users, ct);
}
