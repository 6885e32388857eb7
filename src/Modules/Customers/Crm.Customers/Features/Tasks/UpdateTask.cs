using System.Text.Json.Serialization;
using Crm.Customers.Domain;
using Crm.Customers.Features.Timeline;
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
/// Edits a task's title, description, due date, priority and assignee (null keeps the assignee). Send the
/// version you read; 409 when someone changed the task since. The status changes through <see cref="ChangeTaskStatus"/>.
/// </summary>
public sealed record UpdateTask(
    string Title,
    string? Description,
    DateTimeOffset? DueAt,
    uint Version,
    TaskPriority Priority = TaskPriority.Normal,
    Guid? AssigneeId = null) : ICommand<Result<CustomerTaskDetails>>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateTaskValidator : AbstractValidator<UpdateTask>
{
    public UpdateTaskValidator()
    {
        RuleFor(t => t.Title).NotEmpty().MaximumLength(300);
        RuleFor(t => t.Description).MaximumLength(10_000);
        RuleFor(t => t.DueAt).PlausibleMoment();
        RuleFor(t => t.Priority).IsInEnum();
        RuleFor(t => t.Version).Version();
    }
}

internal sealed class UpdateTaskHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users)
    : ICommandHandler<UpdateTask, Result<CustomerTaskDetails>>
{
    public async ValueTask<Result<CustomerTaskDetails>> Handle(UpdateTask cmd, CancellationToken ct)
    {
        var task = await db.Tasks.VisibleTo(user).FirstOrDefaultAsync(t => t.Id == cmd.Id, ct);
        if (task is null) return CustomersErrors.TaskNotFound(cmd.Id);
        if (task.Version != cmd.Version)
            return Error.StaleVersion("task", task.Version, await db.CurrentTaskAsync(task.Id, users, ct));
        // Checked again by the UPDATE itself, so a write that lands between our read and save is caught too.
        db.Entry(task).Property(t => t.Version).OriginalValue = cmd.Version;

        var assigneeId = cmd.AssigneeId ?? task.OwnerId;
        if (assigneeId != task.OwnerId && assigneeId != user.Id && (await users.GetNamesAsync([assigneeId], ct)).Count == 0)
            return Error.Validation("assigneeId", "The assignee is not a user.");

        task.Update(cmd.Title, cmd.Description, cmd.DueAt, cmd.Priority, assigneeId);
        foreach (var line in await db.Timeline.Where(t => t.SourceId == task.Id && TimelineKinds.OfTasks.Contains(t.Kind)).ToListAsync(ct))
            line.Follow(task);
        await db.SaveChangesAsync(ct);
        return await db.CurrentTaskAsync(task.Id, users, ct);
    }
}
