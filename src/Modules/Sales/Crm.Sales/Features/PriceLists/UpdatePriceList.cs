using System.Text.Json.Serialization;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.PriceLists;

/// <summary>Renames a list, changes its validity or makes it the default. Its currency is fixed (its prices are in it).</summary>
public sealed record UpdatePriceList(string Name, uint Version, DateOnly? ValidFrom = null, DateOnly? ValidTo = null, bool IsDefault = false)
    : ICommand<Result<PriceListDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdatePriceListValidator : AbstractValidator<UpdatePriceList>
{
    public UpdatePriceListValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.ValidTo).GreaterThanOrEqualTo(c => c.ValidFrom).When(c => c.ValidFrom is not null && c.ValidTo is not null);
    }
}

internal sealed class UpdatePriceListHandler(SalesDbContext db) : ICommandHandler<UpdatePriceList, Result<PriceListDetails>>
{
    public async ValueTask<Result<PriceListDetails>> Handle(UpdatePriceList cmd, CancellationToken ct)
    {
        var list = await db.PriceLists.FirstOrDefaultAsync(p => p.Id == cmd.Id, ct);
        if (list is null) return SalesErrors.PriceListNotFound(cmd.Id);
        if (await db.CheckAsync(list, cmd.Version, "price list", async () => await db.DetailsAsync(list.Id, ct)) is { } stale) return stale;
        var name = cmd.Name.Trim();
        if (name != list.Name && await db.PriceLists.AnyAsync(p => p.Name == name, ct)) return SalesErrors.PriceListNameTaken(name);
        if (cmd.IsDefault && !list.IsDefault) await DefaultPriceList.ClearAsync(db, list.Id, ct);
        list.Update(name, cmd.ValidFrom, cmd.ValidTo, cmd.IsDefault);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(list.Id, ct);
    }
}
