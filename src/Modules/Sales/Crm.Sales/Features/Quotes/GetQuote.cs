using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Quotes;

public sealed record GetQuote(Guid Id) : IQuery<Result<QuoteDetails>>;

internal sealed class GetQuoteHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : IQueryHandler<GetQuote, Result<QuoteDetails>>
{
    public async ValueTask<Result<QuoteDetails>> Handle(GetQuote q, CancellationToken ct) =>
        await db.FindDetailsAsync(q.Id, user, customers, clock.Today(), ct) is { } quote ? quote : SalesErrors.QuoteNotFound(q.Id);
}

/// <summary>The caller's quotes, newest first (keyset on created_at, id); all revisions, or only the latest of each.</summary>
public sealed record SearchQuotes(
    Guid? OpportunityId = null,
    QuoteStatus? Status = null,
    Guid? OwnerId = null,
    bool LatestOnly = false,
    string? Cursor = null,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<QuoteSummary>>>;

public sealed record QuoteSummary(
    Guid Id, string Number, int Revision, bool IsLatest, Guid OpportunityId, Guid? AccountId, Guid? ContactId, string Currency, decimal Total,
    QuoteStatus Status, DateOnly ValidUntil, Guid OwnerId, DateTimeOffset CreatedAt, uint Version);

internal sealed class SearchQuotesValidator : AbstractValidator<SearchQuotes>
{
    public SearchQuotesValidator()
    {
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Limit).PageLimit();
        RuleFor(q => q.Cursor).MomentCursor();
    }
}

internal sealed class SearchQuotesHandler(SalesDbContext db, ICurrentUser user, TimeProvider clock) : IQueryHandler<SearchQuotes, Result<Page<QuoteSummary>>>
{
    public async ValueTask<Result<Page<QuoteSummary>>> Handle(SearchQuotes q, CancellationToken ct)
    {
        var today = clock.Today();
        var quotes = db.Quotes.AsNoTracking().VisibleTo(user);
        if (q.OpportunityId is { } opportunity) quotes = quotes.Where(x => x.OpportunityId == opportunity);
        if (q.OwnerId is { } owner) quotes = quotes.Where(x => x.OwnerId == owner);
        if (q.LatestOnly) quotes = quotes.Where(x => x.IsLatest);
        quotes = q.Status switch
        {
            QuoteStatus.Expired => quotes.Where(x => x.Status == QuoteStatus.Sent && x.ValidUntil < today),
            QuoteStatus.Sent => quotes.Where(x => x.Status == QuoteStatus.Sent && x.ValidUntil >= today),
            { } status => quotes.Where(x => x.Status == status),
            null => quotes,
        };
        if (Cursors.Decode(q.Cursor) is { } after) quotes = quotes.After(x => x.CreatedAt, Cursors.Moment(after)!.Value, after.Id, descending: true);
        return await quotes.OrderByKey(x => x.CreatedAt, descending: true)
            .Select(x => new QuoteSummary(x.Id, Quote.Format(x.Number), x.Revision, x.IsLatest, x.OpportunityId, x.AccountId, x.ContactId, x.Currency, x.Total,
                x.Status == QuoteStatus.Sent && x.ValidUntil < today ? QuoteStatus.Expired : x.Status, x.ValidUntil, x.OwnerId, x.CreatedAt, x.Version))
            .ToPageAsync(q.Limit, x => Cursors.Of(x.CreatedAt, x.Id), ct);
    }
}
