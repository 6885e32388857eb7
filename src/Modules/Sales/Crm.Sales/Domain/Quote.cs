using Crm.SharedKernel.Domain;
using Crm.SharedKernel.Results;

namespace Crm.Sales.Domain;

/// <summary>
/// Draft → sent → accepted or rejected. <c>Expired</c> is not stored: a sent quote whose validity date has passed
/// reads as expired and can no longer be accepted.
/// </summary>
public enum QuoteStatus
{
    Draft,
    Sent,
    Accepted,
    Rejected,
    Expired,
}

/// <summary>
/// An offer to the customer of an opportunity, priced from a price list: lines with per-line discount and tax,
/// totals computed here (see <see cref="Money"/> for the rounding). Revisions share the quote <see cref="Number"/>
/// and count up in <see cref="Revision"/>; only the latest revision may be sent or accepted.
/// </summary>
internal sealed class Quote : AggregateRoot, IOwned
{
    private Quote() { }

    /// <summary>From a sequence: Q-000042; the same for every revision.</summary>
    public long Number { get; private set; }
    public int Revision { get; private set; } = 1;
    public bool IsLatest { get; private set; } = true;
    public Guid OpportunityId { get; private set; }
    public Guid? AccountId { get; private set; }
    public Guid? ContactId { get; private set; }
    public Guid PriceListId { get; private set; }
    public string Currency { get; private set; } = "";
    public DateOnly ValidUntil { get; private set; }
    public QuoteStatus Status { get; private set; } = QuoteStatus.Draft;
    public string? Notes { get; private set; }
    public decimal Subtotal { get; private set; }
    public decimal DiscountTotal { get; private set; }
    public decimal TaxTotal { get; private set; }
    public decimal Total { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? RejectReason { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public List<QuoteLine> Lines { get; private set; } = [];

    public string DisplayNumber => Format(Number);
    public static string Format(long number) => $"Q-{number:D6}";

    public static Quote Create(Opportunity opportunity, PriceList priceList, DateOnly validUntil, string? notes) => new()
    {
        OpportunityId = opportunity.Id, AccountId = opportunity.AccountId, ContactId = opportunity.ContactId, PriceListId = priceList.Id,
        Currency = priceList.Currency, ValidUntil = validUntil, Notes = notes, OwnerId = opportunity.OwnerId, TeamId = opportunity.TeamId,
    };

    /// <summary>Status as the customer sees it: a sent quote past its validity date has expired.</summary>
    public static QuoteStatus Effective(QuoteStatus stored, DateOnly validUntil, DateOnly today) =>
        stored == QuoteStatus.Sent && validUntil < today ? QuoteStatus.Expired : stored;

    public Result<Quote> Edit(DateOnly validUntil, string? notes, IEnumerable<QuoteLine> lines)
    {
        if (Status != QuoteStatus.Draft) return SalesErrors.QuoteNotDraft;
        ValidUntil = validUntil;
        Notes = notes;
        SetLines(lines);
        return this;
    }

    private void SetLines(IEnumerable<QuoteLine> lines)
    {
        Lines.Clear();
        var position = 1;
        foreach (var line in lines) { line.Place(Id, position++); Lines.Add(line); }
        var totals = DocumentTotals.Of(Lines.Select(l => l.Amounts));
        (Subtotal, DiscountTotal, TaxTotal, Total) = (totals.Subtotal, totals.DiscountTotal, totals.TaxTotal, totals.Total);
    }

    public Result<Quote> Send(DateTimeOffset at)
    {
        if (!IsLatest) return SalesErrors.QuoteNotLatest;
        if (Status != QuoteStatus.Draft) return SalesErrors.QuoteStatusTransition(Status.ToString(), nameof(QuoteStatus.Sent));
        if (Lines.Count == 0) return SalesErrors.QuoteHasNoLines;
        Status = QuoteStatus.Sent;
        SentAt = at;
        return this;
    }

    public Result<Quote> Accept(DateTimeOffset at)
    {
        if (!IsLatest) return SalesErrors.QuoteNotLatest;
        var today = DateOnly.FromDateTime(at.UtcDateTime);
        if (Effective(Status, ValidUntil, today) == QuoteStatus.Expired) return SalesErrors.QuoteExpired;
        if (Status != QuoteStatus.Sent) return SalesErrors.QuoteStatusTransition(Status.ToString(), nameof(QuoteStatus.Accepted));
        Status = QuoteStatus.Accepted;
        DecidedAt = at;
        return this;
    }

    public Result<Quote> Reject(string? reason, DateTimeOffset at)
    {
        if (Status != QuoteStatus.Sent) return SalesErrors.QuoteStatusTransition(Status.ToString(), nameof(QuoteStatus.Rejected));
        Status = QuoteStatus.Rejected;
        RejectReason = reason?.Trim();
        DecidedAt = at;
        return this;
    }

    /// <summary>
    /// A new draft revision with the same number and lines (re-priced only if the caller edits it); this one stays as
    /// it was, for the record, but is no longer the latest. An accepted quote is final.
    /// </summary>
    public Result<Quote> Revise(DateOnly validUntil)
    {
        if (!IsLatest) return SalesErrors.QuoteNotLatest;
        if (Status == QuoteStatus.Accepted) return SalesErrors.QuoteStatusTransition(Status.ToString(), "revised");
        IsLatest = false;
        var next = new Quote
        {
            Number = Number, Revision = Revision + 1, OpportunityId = OpportunityId, AccountId = AccountId, ContactId = ContactId,
            PriceListId = PriceListId, Currency = Currency, ValidUntil = validUntil, Notes = Notes, OwnerId = OwnerId, TeamId = TeamId,
        };
        next.SetLines(Lines.OrderBy(l => l.Position).Select(l => l.Copy()));
        return next;
    }
}

/// <summary>A priced line of a quote; its amounts are computed once, from its inputs, when it is made.</summary>
internal sealed class QuoteLine : Entity
{
    private QuoteLine() { }

    public Guid QuoteId { get; private set; }
    public int Position { get; private set; }
    public Guid ProductId { get; private set; }
    public string ProductCode { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string Unit { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal DiscountPercent { get; private set; }
    public decimal TaxPercent { get; private set; }
    public decimal GrossAmount { get; private set; }
    public decimal DiscountAmount { get; private set; }
    public decimal NetAmount { get; private set; }
    public decimal TaxAmount { get; private set; }
    public decimal TotalAmount { get; private set; }

    public LineAmounts Amounts => new(GrossAmount, DiscountAmount, NetAmount, TaxAmount, TotalAmount);

    public static QuoteLine Price(Guid productId, string productCode, string description, string unit, decimal quantity, decimal unitPrice,
        decimal discountPercent, decimal taxPercent)
    {
        var a = LineAmounts.Of(quantity, unitPrice, discountPercent, taxPercent);
        return new QuoteLine
        {
            ProductId = productId, ProductCode = productCode, Description = description, Unit = unit, Quantity = quantity, UnitPrice = unitPrice,
            DiscountPercent = discountPercent, TaxPercent = taxPercent,
            GrossAmount = a.Gross, DiscountAmount = a.Discount, NetAmount = a.Net, TaxAmount = a.Tax, TotalAmount = a.Total,
        };
    }

    public void Place(Guid quoteId, int position)
    {
        QuoteId = quoteId;
        Position = position;
    }

    public QuoteLine Copy() => Price(ProductId, ProductCode, Description, Unit, Quantity, UnitPrice, DiscountPercent, TaxPercent);
}
