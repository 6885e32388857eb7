using Crm.Customers.Domain;
using Crm.Customers.Features.Timeline;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Interactions;

/// <summary>Interactions the caller can see, newest first, filtered by record, channel, staff member and time.</summary>
public sealed record ListInteractions(
    Guid? ContactId,
    Guid? AccountId,
    InteractionChannel? Channel,
    Guid? UserId,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Cursor,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<InteractionSummary>>>;

public sealed record InteractionSummary(
    Guid Id,
    InteractionChannel Channel,
    InteractionDirection Direction,
    string Subject,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string? UserName,
    Guid? ContactId,
    string? ContactName,
    Guid? AccountId,
    string? AccountName,
    uint Version);

internal sealed class ListInteractionsValidator : AbstractValidator<ListInteractions>
{
    public ListInteractionsValidator()
    {
        RuleFor(q => q.Limit).PageLimit();
        RuleFor(q => q.Cursor).MomentCursor();
        RuleFor(q => q.Channel).IsInEnum();
        RuleFor(q => q.From).PlausibleMoment();
        RuleFor(q => q.To).PlausibleMoment();
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
    }
}

internal sealed class ListInteractionsHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users)
    : IQueryHandler<ListInteractions, Result<Page<InteractionSummary>>>
{
    public async ValueTask<Result<Page<InteractionSummary>>> Handle(ListInteractions q, CancellationToken ct)
    {
        var query = db.Interactions.AsNoTracking().VisibleTo(user);
        if (q.ContactId is { } contactId) query = query.Where(i => i.ContactId == contactId);
        if (q.AccountId is { } accountId) query = query.Where(i => i.AccountId == accountId);
        if (q.Channel is { } channel) query = query.Where(i => i.Channel == channel);
        if (q.UserId is { } userId) query = query.Where(i => i.UserId == userId);
        // timestamptz parameters must be UTC.
        if (q.From is { } from) { var f = from.ToUniversalTime(); query = query.Where(i => i.OccurredAt >= f); }
        if (q.To is { } to) { var t = to.ToUniversalTime(); query = query.Where(i => i.OccurredAt <= t); }
        if (MomentCursors.TryRead(q.Cursor, out var after) && after is { At: { } at })
            query = query.After(i => i.OccurredAt, at, after.Id, descending: true);

        var page = await query
            .OrderByKey(i => i.OccurredAt, descending: true)
            .Select(i => new InteractionSummary(
                i.Id, i.Channel, i.Direction, i.Subject, i.OccurredAt, i.UserId, null,
                i.ContactId, db.Contacts.IgnoreQueryFilters().Where(c => c.Id == i.ContactId).Select(c => c.FullName).FirstOrDefault(),
                i.AccountId, db.Accounts.IgnoreQueryFilters().Where(a => a.Id == i.AccountId).Select(a => a.Name).FirstOrDefault(),
                i.Version))
            .ToPageAsync(q.Limit, r => new Cursor(MomentCursor.Key(r.OccurredAt), r.Id), ct);

        // One call for the page's authors: users belong to the Platform module.
        var names = await users.GetNamesAsync([.. page.Items.Select(i => i.UserId).Distinct()], ct);
        return page with { Items = [.. page.Items.Select(i => i with { UserName = names.GetValueOrDefault(i.UserId) })] };
    }
}
