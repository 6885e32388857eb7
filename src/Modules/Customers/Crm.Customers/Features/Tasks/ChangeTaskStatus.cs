using System.Text.Json.Serialization;
using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Tasks;

/// <summary>
/// Moves a task through Open → InProgress → Done (or Cancelled). Done stamps the completion time and adds a
/// "task.completed" line to the record's timeline; reopening clears both, so the timeline never claims a
/// completion that no longer holds.
/// </summary>
public sealed record ChangeTaskStatus(CustomerTaskStatus? Status, uint Version) : ICommand<Result<CustomerTaskDetails>>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class ChangeTaskStatusValidator : AbstractValidator<ChangeTaskStatus>
{
    public ChangeTaskStatusValidator()
    {
        RuleFor(t => t.Status).NotNull().IsInEnum();
        RuleFor(t => t.Version).Version();
    }
}

internal sealed class ChangeTaskStatusHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users, TimeProvider clock)
    : ICommandHandler<ChangeTaskStatus, Result<CustomerTaskDetails>>
{
    public async ValueTask<Result<CustomerTaskDetails>> Handle(ChangeTaskStatus cmd, CancellationToken ct)
    {
        var task = await db.Tasks.VisibleTo(user).FirstOrDefaultAsync(t => t.Id == cmd.Id, ct);
        if (task is null) return CustomersErrors.TaskNotFound(cmd.Id);
        if (task.Version != cmd.Version)
            return Error.StaleVersion("task", task.Version, await db.CurrentTaskAsync(task.Id, users, ct));
        var status = cmd.Status!.Value;
        // Setting the status it already has changes nothing (and keeps the original completion time).
        if (task.Status == status) return await db.CurrentTaskAsync(task.Id, users, ct);
        db.Entry(task).Property(t => t.Version).OriginalValue = cmd.Version;

        var wasDone = task.Status == CustomerTaskStatus.Done;
        task.ChangeStatus(status, clock.GetUtcNow());
        if (status == CustomerTaskStatus.Done)
            db.Timeline.Add(TimelineEntry.ForTaskCompleted(task, user.Id));
        else if (wasDone)
            db.Timeline.RemoveRange(await db.Timeline
                .Where(t => t.SourceId == task.Id && t.Kind == TimelineKinds.TaskCompleted).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return await db.CurrentTaskAsync(task.Id, users, ct);
    }
}
