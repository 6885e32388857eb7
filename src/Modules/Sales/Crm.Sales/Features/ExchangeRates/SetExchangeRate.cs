using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Sales.Features.ExchangeRates;

/// <summary>
/// Sets how many units of the company currency one unit of <c>currency</c> is worth from <c>validFrom</c> on
/// (until a later rate of the same currency). Setting a rate for an existing day replaces it.
/// </summary>
public sealed record SetExchangeRate(string Currency, decimal Rate, DateOnly ValidFrom) : ICommand<Result<ExchangeRateDetails>>;

public sealed record ExchangeRateDetails(Guid Id, string Currency, string CompanyCurrency, decimal Rate, DateOnly ValidFrom, DateTimeOffset UpdatedAt, uint Version);

internal sealed class SetExchangeRateValidator : AbstractValidator<SetExchangeRate>
{
    public SetExchangeRateValidator()
    {
        RuleFor(c => c.Currency).CurrencyCode();
        RuleFor(c => c.Rate).GreaterThan(0m).LessThan(10_000_000_000m).PrecisionScale(18, 8, true);
        RuleFor(c => c.ValidFrom).PlausibleDay();
    }
}

internal sealed class SetExchangeRateHandler(SalesDbContext db, IOptions<SalesOptions> options) : ICommandHandler<SetExchangeRate, Result<ExchangeRateDetails>>
{
    public async ValueTask<Result<ExchangeRateDetails>> Handle(SetExchangeRate cmd, CancellationToken ct)
    {
        if (cmd.Currency == options.Value.CompanyCurrency) return SalesErrors.ExchangeRateForCompanyCurrency;
        var rate = await db.ExchangeRates.FirstOrDefaultAsync(r => r.Currency == cmd.Currency && r.ValidFrom == cmd.ValidFrom, ct);
        if (rate is null) db.ExchangeRates.Add(rate = ExchangeRate.Create(cmd.Currency, cmd.Rate, cmd.ValidFrom));
        else rate.Change(cmd.Rate);
        await db.SaveChangesAsync(ct);
        return await db.ExchangeRates.AsNoTracking().Where(r => r.Id == rate.Id)
            .Select(r => new ExchangeRateDetails(r.Id, r.Currency, options.Value.CompanyCurrency, r.Rate, r.ValidFrom, r.UpdatedAt, r.Version))
            .FirstAsync(ct);
    }
}
