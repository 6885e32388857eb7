using Crm.Customers.Domain;
using Crm.Customers.Features.Timeline;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Interactions;

/// <summary>
/// Records a call, email, visit… with a contact and/or an account. It is visible to whoever sees that record
/// and adds a line to the record's timeline.
/// </summary>
public sealed record LogInteraction(
    InteractionChannel? Channel,
    InteractionDirection? Direction,
    string Subject,
    DateTimeOffset OccurredAt,
    string? Body = null,
    Guid? ContactId = null,
    Guid? AccountId = null) : ICommand<Result<InteractionLogged>>;

public sealed record InteractionLogged(Guid Id, uint Version);

internal sealed class LogInteractionValidator : AbstractValidator<LogInteraction>
{
    public LogInteractionValidator()
    {
        RuleFor(i => i.Channel).NotNull().IsInEnum();
        RuleFor(i => i.Direction).NotNull().IsInEnum();
        RuleFor(i => i.Subject).NotEmpty().MaximumLength(300);
        RuleFor(i => i.Body).MaximumLength(20_000);
        RuleFor(i => i.OccurredAt).PlausibleMoment();
        RuleFor(i => i.ContactId).NotNull().When(i => i.AccountId is null)
            .WithMessage("Name the contact or the account the interaction was with.");
    }
}

internal sealed class LogInteractionHandler(CustomersDbContext db, ICurrentUser user) : ICommandHandler<LogInteraction, Result<InteractionLogged>>
{
    public async ValueTask<Result<InteractionLogged>> Handle(LogInteraction cmd, CancellationToken ct)
    {
        var target = await db.ResolveTargetAsync(user, cmd.ContactId, cmd.AccountId, ct);
        if (!target.IsSuccess) return target.Error;

        var (contactId, accountId, ownerId, teamId) = target.Value;
        var interaction = Interaction.Log(cmd.Channel!.Value, cmd.Direction!.Value, cmd.Subject, cmd.Body, cmd.OccurredAt,
            userId: user.Id, accountId, contactId, ownerId, teamId);
        db.Interactions.Add(interaction);
        db.Timeline.Add(TimelineEntry.ForInteraction(interaction));
        await db.SaveChangesAsync(ct);
        return new InteractionLogged(interaction.Id, interaction.Version);
    }
}
