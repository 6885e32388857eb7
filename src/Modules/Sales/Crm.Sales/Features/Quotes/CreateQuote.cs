using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Quotes;

/// <summary>
/// A draft quote for an open opportunity, priced from a price list (the default unless named) in the opportunity's
/// currency. Without lines, the opportunity's product lines are quoted (their unit prices and discounts, no tax).
/// </summary>
public sealed record CreateQuote(
    Guid OpportunityId,
    DateOnly ValidUntil,
    Guid? PriceListId = null,
    string? Notes = null,
    IReadOnlyList<SalesLineInput>? Lines = null) : ICommand<Result<QuoteDetails>>;

internal sealed class CreateQuoteValidator : AbstractValidator<CreateQuote>
{
    public CreateQuoteValidator()
    {
        RuleFor(c => c.OpportunityId).NotEmpty();
        RuleFor(c => c.ValidUntil).PlausibleDay();
        RuleFor(c => c.Notes).MaximumLength(4000);
        RuleFor(c => c.Lines).Must(l => l is null || l.Count <= 200).WithMessage("At most 200 lines.");
        RuleForEach(c => c.Lines).SetValidator(new SalesLineInputValidator());
    }
}

internal sealed class CreateQuoteHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<CreateQuote, Result<QuoteDetails>>
{
    public async ValueTask<Result<QuoteDetails>> Handle(CreateQuote cmd, CancellationToken ct)
    {
        var today = clock.Today();
        var opportunity = await db.Opportunities.AsNoTracking().Include(o => o.Lines).VisibleTo(user).FirstOrDefaultAsync(o => o.Id == cmd.OpportunityId, ct);
        if (opportunity is null) return SalesErrors.OpportunityNotFound(cmd.OpportunityId);
        if (opportunity.IsClosed) return SalesErrors.OpportunityClosed;
        var list = await db.PriceListAsync(cmd.PriceListId, today, ct);
        if (!list.IsSuccess) return list.Error;
        if (list.Value.Currency != opportunity.Currency) return SalesErrors.CurrencyMismatch;

        var inputs = cmd.Lines ?? [.. opportunity.Lines.Select(l => new SalesLineInput(l.ProductId, l.Quantity, l.UnitPrice, l.DiscountPercent))];
        var priced = await db.PriceAsync(list.Value, inputs, ct);
        if (!priced.IsSuccess) return priced.Error;

        var quote = Quote.Create(opportunity, list.Value, cmd.ValidUntil, cmd.Notes);
        quote.Edit(cmd.ValidUntil, cmd.Notes, priced.Value.Select(QuoteLines.From));
        db.Quotes.Add(quote);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(quote.Id, customers, today, ct);
    }
}

internal static class QuoteLines
{
    public static QuoteLine From(PricedInput p) =>
        QuoteLine.Price(p.Product.Id, p.Product.Code, p.Description, p.Product.Unit, p.Input.Quantity, p.UnitPrice, p.Input.DiscountPercent, p.Input.TaxPercent);
}
