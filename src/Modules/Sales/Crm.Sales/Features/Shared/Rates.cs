using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Sales.Features.Shared;

/// <summary>Loads the exchange rates in force on a day: per currency, the latest row valid from on or before it.</summary>
internal sealed class Rates(SalesDbContext db, IOptions<SalesOptions> options)
{
    public string CompanyCurrency => options.Value.CompanyCurrency;

    public async Task<RateTable> OnAsync(DateOnly day, CancellationToken ct)
    {
        var rows = await db.ExchangeRates.AsNoTracking()
            .Where(r => r.ValidFrom == db.ExchangeRates.Where(x => x.Currency == r.Currency && x.ValidFrom <= day).Max(x => x.ValidFrom))
            .Select(r => new { r.Currency, r.Rate })
            .ToListAsync(ct);
        return new RateTable(CompanyCurrency, rows.ToDictionary(r => r.Currency, r => r.Rate));
    }
}
