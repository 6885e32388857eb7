using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Sales.Features.ExchangeRates;

/// <summary>The rate table, newest first per currency (a bounded admin table: not paged); optionally one currency.</summary>
public sealed record ListExchangeRates(string? Currency = null) : IQuery<Result<IReadOnlyList<ExchangeRateDetails>>>;

internal sealed class ListExchangeRatesValidator : AbstractValidator<ListExchangeRates>
{
    public ListExchangeRatesValidator() => RuleFor(q => q.Currency).OptionalCurrencyCode();
}

internal sealed class ListExchangeRatesHandler(SalesDbContext db, IOptions<SalesOptions> options)
    : IQueryHandler<ListExchangeRates, Result<IReadOnlyList<ExchangeRateDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<ExchangeRateDetails>>> Handle(ListExchangeRates q, CancellationToken ct)
    {
        var rates = db.ExchangeRates.AsNoTracking();
        if (q.Currency is { } c) rates = rates.Where(r => r.Currency == c);
        var company = options.Value.CompanyCurrency;
        return await rates.OrderBy(r => r.Currency).ThenByDescending(r => r.ValidFrom).Take(1000)
            .Select(r => new ExchangeRateDetails(r.Id, r.Currency, company, r.Rate, r.ValidFrom, r.UpdatedAt, r.Version))
            .ToListAsync(ct);
    }
}

public sealed record DeleteExchangeRate(Guid Id) : ICommand<Result<Guid>>;

internal sealed class DeleteExchangeRateHandler(SalesDbContext db) : ICommandHandler<DeleteExchangeRate, Result<Guid>>
{
    public async ValueTask<Result<Guid>> Handle(DeleteExchangeRate cmd, CancellationToken ct)
    {
        var rate = await db.ExchangeRates.FirstOrDefaultAsync(r => r.Id == cmd.Id, ct);
        if (rate is null) return Domain.SalesErrors.ExchangeRateNotFound(cmd.Id);
        db.ExchangeRates.Remove(rate);
        await db.SaveChangesAsync(ct);
        return rate.Id;
    }
}
