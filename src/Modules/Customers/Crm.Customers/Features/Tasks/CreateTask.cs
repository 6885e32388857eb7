using Crm.Customers.Domain;
using Crm.Customers.Features.Timeline;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Tasks;

/// <summary>
/// A follow-up on a contact or account, assigned to the caller unless another user is named. The task belongs
/// to the record's team, so the record's team sees it; it adds a line to the record's timeline.
/// </summary>
public sealed record CreateTask(
    string Title,
    string? Description = null,
    DateTimeOffset? DueAt = null,
    TaskPriority Priority = TaskPriority.Normal,
    Guid? AssigneeId = null,
    Guid? ContactId = null,
    Guid? AccountId = null) : ICommand<Result<CustomerTaskCreated>>;

public sealed record CustomerTaskCreated(Guid Id, uint Version);

internal sealed class CreateTaskValidator : AbstractValidator<CreateTask>
{
    public CreateTaskValidator()
    {
        RuleFor(t => t.Title).NotEmpty().MaximumLength(300);
        RuleFor(t => t.Description).MaximumLength(10_000);
        RuleFor(t => t.DueAt).PlausibleMoment();
        RuleFor(t => t.Priority).IsInEnum();
        RuleFor(t => t.ContactId).NotNull().When(t => t.AccountId is null)
            .WithMessage("A task is on a customer record: name the contact or the account.");
    }
}

internal sealed class CreateTaskHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users, TimeProvider clock)
    : ICommandHandler<CreateTask, Result<CustomerTaskCreated>>
{
    public async ValueTask<Result<CustomerTaskCreated>> Handle(CreateTask cmd, CancellationToken ct)
    {
        var target = await db.ResolveTargetAsync(user, cmd.ContactId, cmd.AccountId, ct);
        if (!target.IsSuccess) return target.Error;

        var assigneeId = cmd.AssigneeId ?? user.Id;
        if (assigneeId != user.Id && (await users.GetNamesAsync([assigneeId], ct)).Count == 0)
            return Error.Validation("assigneeId", "The assignee is not a user.");

        var task = CustomerTask.Create(cmd.Title, cmd.Description, cmd.DueAt, cmd.Priority, assigneeId, target.Value.TeamId,
            target.Value.AccountId, target.Value.ContactId, createdBy: user.Id);
        db.Tasks.Add(task);
        db.Timeline.Add(TimelineEntry.ForTaskCreated(task, clock.GetUtcNow(), user.Id));
        await db.SaveChangesAsync(ct);
        return new CustomerTaskCreated(task.Id, task.Version);
    }
}
