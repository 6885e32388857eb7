using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.PriceLists;

/// <summary>A new price list in one currency; making it the default takes that from the previous default.</summary>
public sealed record CreatePriceList(string Name, string Currency, DateOnly? ValidFrom = null, DateOnly? ValidTo = null, bool IsDefault = false)
    : ICommand<Result<PriceListDetails>>;

internal sealed class CreatePriceListValidator : AbstractValidator<CreatePriceList>
{
    public CreatePriceListValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Currency).CurrencyCode();
        RuleFor(c => c.ValidTo).GreaterThanOrEqualTo(c => c.ValidFrom).When(c => c.ValidFrom is not null && c.ValidTo is not null);
    }
}

internal sealed class CreatePriceListHandler(SalesDbContext db) : ICommandHandler<CreatePriceList, Result<PriceListDetails>>
{
    public async ValueTask<Result<PriceListDetails>> Handle(CreatePriceList cmd, CancellationToken ct)
    {
        var name = cmd.Name.Trim();
        if (await db.PriceLists.AnyAsync(p => p.Name == name, ct)) return SalesErrors.PriceListNameTaken(name);
        if (cmd.IsDefault) await DefaultPriceList.ClearAsync(db, null, ct);
        var list = PriceList.Create(name, cmd.Currency, cmd.ValidFrom, cmd.ValidTo, cmd.IsDefault);
        db.PriceLists.Add(list);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(list.Id, ct);
    }
}

internal static class DefaultPriceList
{
    /// <summary>Takes the default flag from the current default (saved first: one default at a time is a unique index).</summary>
    public static async Task ClearAsync(SalesDbContext db, Guid? except, CancellationToken ct)
    {
        var current = await db.PriceLists.Where(p => p.IsDefault && p.Id != except).ToListAsync(ct);
        if (current.Count == 0) return;
        foreach (var p in current) p.ClearDefault();
        await db.SaveChangesAsync(ct);
    }
}
