using System.Text.Json.Serialization;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.PriceLists;

/// <summary>Sets a product's unit price in a list (in the list's currency), adding or replacing it.</summary>
public sealed record SetPrice(decimal UnitPrice) : ICommand<Result<PriceListDetails>>
{
    [JsonIgnore]
    public Guid PriceListId { get; init; }
    [JsonIgnore]
    public Guid ProductId { get; init; }
}

internal sealed class SetPriceValidator : AbstractValidator<SetPrice>
{
    public SetPriceValidator() => RuleFor(c => c.UnitPrice).MoneyAmount();
}

internal sealed class SetPriceHandler(SalesDbContext db) : ICommandHandler<SetPrice, Result<PriceListDetails>>
{
    public async ValueTask<Result<PriceListDetails>> Handle(SetPrice cmd, CancellationToken ct)
    {
        var list = await db.PriceLists.Include(p => p.Items.Where(i => i.ProductId == cmd.ProductId)).FirstOrDefaultAsync(p => p.Id == cmd.PriceListId, ct);
        if (list is null) return SalesErrors.PriceListNotFound(cmd.PriceListId);
        if (!await db.Products.AnyAsync(p => p.Id == cmd.ProductId, ct)) return SalesErrors.ProductNotFound(cmd.ProductId);
        list.SetPrice(cmd.ProductId, cmd.UnitPrice);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(list.Id, ct);
    }
}

public sealed record RemovePrice(Guid PriceListId, Guid ProductId) : ICommand<Result<PriceListDetails>>;

internal sealed class RemovePriceHandler(SalesDbContext db) : ICommandHandler<RemovePrice, Result<PriceListDetails>>
{
    public async ValueTask<Result<PriceListDetails>> Handle(RemovePrice cmd, CancellationToken ct)
    {
        var list = await db.PriceLists.Include(p => p.Items.Where(i => i.ProductId == cmd.ProductId)).FirstOrDefaultAsync(p => p.Id == cmd.PriceListId, ct);
        if (list is null) return SalesErrors.PriceListNotFound(cmd.PriceListId);
        if (!list.RemovePrice(cmd.ProductId)) return SalesErrors.ProductNotFound(cmd.ProductId);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(list.Id, ct);
    }
}
