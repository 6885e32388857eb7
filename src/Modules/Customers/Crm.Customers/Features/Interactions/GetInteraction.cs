using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Interactions;

public sealed record GetInteraction(Guid Id) : IQuery<Result<InteractionDetails>>;

public sealed record InteractionDetails(
    Guid Id,
    InteractionChannel Channel,
    InteractionDirection Direction,
    string Subject,
    string? Body,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string? UserName,
    Guid? ContactId,
    string? ContactName,
    Guid? AccountId,
    string? AccountName,
    Guid OwnerId,
    Guid? TeamId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

internal sealed class GetInteractionHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users)
    : IQueryHandler<GetInteraction, Result<InteractionDetails>>
{
    public async ValueTask<Result<InteractionDetails>> Handle(GetInteraction query, CancellationToken ct) =>
        await db.Interactions.AsNoTracking().VisibleTo(user)
            .Where(i => i.Id == query.Id)
            .ToDetails(db)
            .FirstOrDefaultAsync(ct) is { } interaction
            ? await interaction.WithUserNameAsync(users, ct)
            : CustomersErrors.InteractionNotFound(query.Id);
}

/// <summary>The one projection of an interaction to <see cref="InteractionDetails"/>; also used after updates and for 409 bodies.</summary>
internal static class InteractionProjection
{
    /// <summary>Filter first (visibility, id), then project; record names come from the same query.</summary>
    public static IQueryable<InteractionDetails> ToDetails(this IQueryable<Interaction> interactions, CustomersDbContext db) =>
        interactions.Select(i => new InteractionDetails(
            i.Id, i.Channel, i.Direction, i.Subject, i.Body, i.OccurredAt, i.UserId, null,
            i.ContactId, db.Contacts.IgnoreQueryFilters().Where(c => c.Id == i.ContactId).Select(c => c.FullName).FirstOrDefault(),
            i.AccountId, db.Accounts.IgnoreQueryFilters().Where(a => a.Id == i.AccountId).Select(a => a.Name).FirstOrDefault(),
            i.OwnerId, i.TeamId, i.CreatedAt, i.UpdatedAt, i.Version));

    /// <summary>Users live in the Platform module: their names come through its directory, not a join.</summary>
    public static async Task<InteractionDetails> WithUserNameAsync(this InteractionDetails details, IUserDirectory users, CancellationToken ct) =>
        details with { UserName = (await users.GetNamesAsync([details.UserId], ct)).GetValueOrDefault(details.UserId) };

    /// <summary>The interaction as it is now, for a 409 body or the answer to an update.</summary>
    public static async Task<InteractionDetails> CurrentInteractionAsync(this CustomersDbContext db, Guid id, IUserDirectory users, CancellationToken ct) =>
        await (await db.Interactions.AsNoTracking().Where(i => i.Id == id).ToDetails(db).FirstAsync(ct)).WithUserNameAsync(users, ct);
}
