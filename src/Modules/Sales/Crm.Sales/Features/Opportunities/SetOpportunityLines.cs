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

namespace Crm.Sales.Features.Opportunities;

/// <summary>
/// Replaces a deal's product lines. A line without a unit price takes the product's price from the default price list
/// (which must be in the deal's currency). The deal's amount becomes the lines' net total.
/// </summary>
public sealed record SetOpportunityLines(IReadOnlyList<OpportunityLineInput> Lines, uint Version) : ICommand<Result<OpportunityDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed record OpportunityLineInput(Guid ProductId, decimal Quantity, decimal? UnitPrice = null, decimal DiscountPercent = 0);

internal sealed class SetOpportunityLinesValidator : AbstractValidator<SetOpportunityLines>
{
    public SetOpportunityLinesValidator()
    {
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.Lines).NotNull().Must(l => l.Count <= 200).WithMessage("At most 200 lines.");
        RuleForEach(c => c.Lines).ChildRules(line =>
        {
            line.RuleFor(l => l.ProductId).NotEmpty();
            line.RuleFor(l => l.Quantity).Quantity();
            line.RuleFor(l => l.UnitPrice).MoneyAmount();
            line.RuleFor(l => l.DiscountPercent).Percent();
        });
    }
}

internal sealed class SetOpportunityLinesHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers)
    : ICommandHandler<SetOpportunityLines, Result<OpportunityDetails>>
{
    public async ValueTask<Result<OpportunityDetails>> Handle(SetOpportunityLines cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, ct, withLines: true);
        if (!found.IsSuccess) return found.Error;
        var o = found.Value;
        if (o.IsClosed) return SalesErrors.OpportunityClosed;

        var ids = cmd.Lines.Select(l => l.ProductId).Distinct().ToList();
        var products = await db.Products.AsNoTracking().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, ct);
        if (ids.FirstOrDefault(id => !products.ContainsKey(id)) is var missing && missing != Guid.Empty) return SalesErrors.ProductNotFound(missing);

        Dictionary<Guid, decimal> prices = [];
        PriceList? list = null;
        if (cmd.Lines.Any(l => l.UnitPrice is null))
        {
            list = await db.PriceLists.AsNoTracking().FirstOrDefaultAsync(p => p.IsDefault, ct);
            if (list is null) return SalesErrors.NoDefaultPriceList;
            if (list.Currency != o.Currency) return SalesErrors.CurrencyMismatch;
            prices = await db.PriceListItems.AsNoTracking().Where(i => i.PriceListId == list.Id && ids.Contains(i.ProductId))
                .ToDictionaryAsync(i => i.ProductId, i => i.UnitPrice, ct);
        }

        var lines = new List<OpportunityLine>();
        foreach (var line in cmd.Lines)
        {
            var product = products[line.ProductId];
            if (line.UnitPrice is null && !prices.ContainsKey(line.ProductId)) return SalesErrors.ProductNotPriced(product.Code, list!.Name);
            lines.Add(OpportunityLine.Create(o.Id, product.Id, product.Name, line.Quantity, line.UnitPrice ?? prices[line.ProductId], line.DiscountPercent));
        }
        db.OpportunityLines.RemoveRange(o.Lines.ToList());
        o.SetLines(lines);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(o.Id, customers, ct);
    }
}
