using System.Text.Json.Serialization;
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

/// <summary>Replaces a draft quote's validity, notes and lines (re-priced from its price list unless unit prices are given).</summary>
public sealed record UpdateQuote(DateOnly ValidUntil, IReadOnlyList<SalesLineInput> Lines, uint Version, string? Notes = null) : ICommand<Result<QuoteDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateQuoteValidator : AbstractValidator<UpdateQuote>
{
    public UpdateQuoteValidator()
    {
        RuleFor(c => c.ValidUntil).PlausibleDay();
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.Notes).MaximumLength(4000);
        RuleFor(c => c.Lines).NotNull().Must(l => l.Count <= 200).WithMessage("At most 200 lines.");
        RuleForEach(c => c.Lines).SetValidator(new SalesLineInputValidator());
    }
}

internal sealed class UpdateQuoteHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<UpdateQuote, Result<QuoteDetails>>
{
    public async ValueTask<Result<QuoteDetails>> Handle(UpdateQuote cmd, CancellationToken ct)
    {
        var today = clock.Today();
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, today, ct, withLines: true);
        if (!found.IsSuccess) return found.Error;
        var quote = found.Value;
        if (quote.Status != QuoteStatus.Draft) return SalesErrors.QuoteNotDraft;
        var list = await db.PriceLists.AsNoTracking().FirstAsync(p => p.Id == quote.PriceListId, ct);
        var priced = await db.PriceAsync(list, cmd.Lines, ct);
        if (!priced.IsSuccess) return priced.Error;
        db.QuoteLines.RemoveRange(quote.Lines.ToList());
        var edited = quote.Edit(cmd.ValidUntil, cmd.Notes, priced.Value.Select(QuoteLines.From));
        if (!edited.IsSuccess) return edited.Error;
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(quote.Id, customers, today, ct);
    }
}
