using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Tasks;

/// <summary>Deletes a task and its timeline lines (the audit log keeps the record of it).</summary>
public sealed record DeleteTask(Guid Id, uint? Version) : ICommand<Result<Unit>>;

internal sealed class DeleteTaskValidator : AbstractValidator<DeleteTask>
{
    public DeleteTaskValidator() =>
        RuleFor(t => t.Version).NotNull().WithMessage("Send the version you last read, as ?version= or an If-Match header.");
}

internal sealed class DeleteTaskHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users) : ICommandHandler<DeleteTask, Result<Unit>>
{
    public async ValueTask<Result<Unit>> Handle(DeleteTask cmd, CancellationToken ct)
    {
        var task = await db.Tasks.VisibleTo(user).FirstOrDefaultAsync(t => t.Id == cmd.Id, ct);
        if (task is null) return CustomersErrors.TaskNotFound(cmd.Id);
        var version = cmd.Version!.Value;
        if (task.Version != version)
            return Error.StaleVersion("task", task.Version, await db.CurrentTaskAsync(task.Id, users, ct));
        db.Entry(task).Property(t => t.Version).OriginalValue = version;

        db.Tasks.Remove(task);
        db.Timeline.RemoveRange(await db.Timeline
            .Where(t => t.SourceId == task.Id && TimelineKinds.OfTasks.Contains(t.Kind)).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        return Unit.Value;
    }
}
