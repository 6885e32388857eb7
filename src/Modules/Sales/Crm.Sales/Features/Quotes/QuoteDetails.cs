using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Quotes;

/// <summary>A quote revision; <c>status</c> is as the customer sees it (a sent quote past <c>validUntil</c> reads Expired).</summary>
public sealed record QuoteDetails(
    Guid Id,
    string Number,
    int Revision,
    bool IsLatest,
    Guid OpportunityId,
    Guid? AccountId,
    string? AccountName,
    Guid? ContactId,
    string? ContactName,
    Guid PriceListId,
    string Currency,
    DateOnly ValidUntil,
    QuoteStatus Status,
    string? Notes,
    decimal Subtotal,
    decimal DiscountTotal,
    decimal TaxTotal,
    decimal Total,
    DateTimeOffset? SentAt,
    DateTimeOffset? DecidedAt,
    string? RejectReason,
    Guid OwnerId,
    Guid? TeamId,
    IReadOnlyList<QuoteLineDetails> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

public sealed record QuoteLineDetails(
    Guid Id, int Position, Guid ProductId, string ProductCode, string Description, string Unit, decimal Quantity, decimal UnitPrice,
    decimal DiscountPercent, decimal TaxPercent, decimal GrossAmount, decimal DiscountAmount, decimal NetAmount, decimal TaxAmount, decimal TotalAmount);

internal static class QuoteAccess
{
    public static async Task<QuoteDetails?> FindDetailsAsync(this SalesDbContext db, Guid id, ICurrentUser? user, ICustomerDirectory customers,
        DateOnly today, CancellationToken ct)
    {
        var quotes = db.Quotes.AsNoTracking().Where(q => q.Id == id);
        if (user is not null) quotes = quotes.VisibleTo(user);
        var q = await quotes.Select(q => new QuoteDetails(q.Id, Quote.Format(q.Number), q.Revision, q.IsLatest, q.OpportunityId, q.AccountId, null, q.ContactId, null,
                q.PriceListId, q.Currency, q.ValidUntil, q.Status == QuoteStatus.Sent && q.ValidUntil < today ? QuoteStatus.Expired : q.Status, q.Notes,
                q.Subtotal, q.DiscountTotal, q.TaxTotal, q.Total, q.SentAt, q.DecidedAt, q.RejectReason, q.OwnerId, q.TeamId,
                q.Lines.OrderBy(l => l.Position).Select(l => new QuoteLineDetails(l.Id, l.Position, l.ProductId, l.ProductCode, l.Description, l.Unit,
                    l.Quantity, l.UnitPrice, l.DiscountPercent, l.TaxPercent, l.GrossAmount, l.DiscountAmount, l.NetAmount, l.TaxAmount, l.TotalAmount)).ToList(),
                q.CreatedAt, q.UpdatedAt, q.Version))
            .FirstOrDefaultAsync(ct);
        if (q is null) return null;
        var accounts = q.AccountId is { } a ? await customers.GetAccountNamesAsync([a], ct) : new Dictionary<Guid, string>();
        var contacts = q.ContactId is { } c ? await customers.GetContactNamesAsync([c], ct) : new Dictionary<Guid, string>();
        return q with
        {
            AccountName = q.AccountId is { } ai ? accounts.GetValueOrDefault(ai) : null,
            ContactName = q.ContactId is { } ci ? contacts.GetValueOrDefault(ci) : null,
        };
    }

    public static async Task<QuoteDetails> DetailsAsync(this SalesDbContext db, Guid id, ICustomerDirectory customers, DateOnly today, CancellationToken ct) =>
        (await db.FindDetailsAsync(id, null, customers, today, ct))!;

    public static async Task<Result<Quote>> FindForWriteAsync(this SalesDbContext db, ICurrentUser user, Guid id, uint version, ICustomerDirectory customers,
        DateOnly today, CancellationToken ct, bool withLines = false)
    {
        var query = db.Quotes.VisibleTo(user);
        if (withLines) query = query.Include(q => q.Lines);
        var quote = await query.FirstOrDefaultAsync(q => q.Id == id, ct);
        if (quote is null) return SalesErrors.QuoteNotFound(id);
        if (quote.Version != version) return Error.StaleVersion("quote", quote.Version, await db.DetailsAsync(id, customers, today, ct));
        db.Entry(quote).Property(q => q.Version).OriginalValue = version;
        return quote;
    }

    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
