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

namespace Crm.Customers.Features.Interactions;

/// <summary>
/// Corrects what was recorded about an interaction; <see cref="Version"/> is the version last read (409 when
/// someone changed it since). The record it is about does not change here (merges re-point it).
/// </summary>
public sealed record UpdateInteraction(
    InteractionChannel? Channel,
    InteractionDirection? Direction,
    string Subject,
    DateTimeOffset OccurredAt,
    string? Body,
    uint Version) : ICommand<Result<InteractionDetails>>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateInteractionValidator : AbstractValidator<UpdateInteraction>
{
    public UpdateInteractionValidator()
    {
        RuleFor(i => i.Channel).NotNull().IsInEnum();
        RuleFor(i => i.Direction).NotNull().IsInEnum();
        RuleFor(i => i.Subject).NotEmpty().MaximumLength(300);
        RuleFor(i => i.Body).MaximumLength(20_000);
        RuleFor(i => i.OccurredAt).PlausibleMoment();
        RuleFor(i => i.Version).Version();
    }
}

internal sealed class UpdateInteractionHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users)
    : ICommandHandler<UpdateInteraction, Result<InteractionDetails>>
{
    public async ValueTask<Result<InteractionDetails>> Handle(UpdateInteraction cmd, CancellationToken ct)
    {
        var interaction = await db.Interactions.VisibleTo(user).FirstOrDefaultAsync(i => i.Id == cmd.Id, ct);
        if (interaction is null) return CustomersErrors.InteractionNotFound(cmd.Id);
        if (interaction.Version != cmd.Version)
            return Error.StaleVersion("interaction", interaction.Version, await db.CurrentInteractionAsync(interaction.Id, users, ct));
        // Checked again by the UPDATE itself, so a write that lands between our read and save is caught too.
        db.Entry(interaction).Property(i => i.Version).OriginalValue = cmd.Version;

        interaction.Update(cmd.Channel!.Value, cmd.Direction!.Value, cmd.Subject, cmd.Body, cmd.OccurredAt);
        var line = await db.Timeline.FirstOrDefaultAsync(t => t.SourceId == interaction.Id && t.Kind == TimelineKinds.InteractionLogged, ct);
        if (line is null) db.Timeline.Add(TimelineEntry.ForInteraction(interaction));
        else line.Follow(interaction);
        await db.SaveChangesAsync(ct);
        return await db.CurrentInteractionAsync(interaction.Id, users, ct);
    }
}
