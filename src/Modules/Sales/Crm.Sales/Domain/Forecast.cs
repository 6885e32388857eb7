namespace Crm.Sales.Domain;

/// <summary>
/// One SQL group of the forecast: the opportunities of one owner or team with the same status, forecast category
/// and currency closing in the period — the sum of their amounts and of amount × probability / 100 (unrounded).
/// </summary>
internal sealed record ForecastGroup(Guid? Key, OpportunityStatus Status, ForecastCategory Category, string Currency, decimal Amount, decimal Weighted);

/// <summary>The forecast of one owner or team in the company currency.</summary>
internal sealed record ForecastFigures(decimal OpenPipeline, decimal WeightedPipeline, decimal BestCase, decimal Committed, decimal ClosedWon)
{
    /// <summary>
    /// Salesforce's cumulative forecast: <b>open pipeline</b> and <b>weighted</b> cover open deals not omitted;
    /// <b>committed</b> = closed won + open Commit; <b>best case</b> = committed + open BestCase; <b>closed won</b> =
    /// won deals. Each group is converted with its currency's rate (<paramref name="rate"/>) and the figures are
    /// rounded once, at the end, to 2 places AwayFromZero.
    /// </summary>
    public static ForecastFigures Of(IEnumerable<ForecastGroup> groups, Func<string, decimal> rate)
    {
        decimal open = 0, weighted = 0, commit = 0, best = 0, won = 0;
        foreach (var g in groups)
        {
            var r = rate(g.Currency);
            switch (g.Status)
            {
                case OpportunityStatus.Won:
                    won += g.Amount * r;
                    break;
                case OpportunityStatus.Open when g.Category != ForecastCategory.Omitted:
                    open += g.Amount * r;
                    weighted += g.Weighted * r;
                    if (g.Category == ForecastCategory.Commit) commit += g.Amount * r;
                    if (g.Category == ForecastCategory.BestCase) best += g.Amount * r;
                    break;
            }
        }
        var committed = won + commit;
        return new ForecastFigures(Money.Round(open), Money.Round(weighted), Money.Round(committed + best), Money.Round(committed), Money.Round(won));
    }
}

/// <summary>Exchange rates in force on a day: the latest of each currency from on or before it; the company currency is 1.</summary>
internal sealed class RateTable(string companyCurrency, IReadOnlyDictionary<string, decimal> rates)
{
    public string CompanyCurrency => companyCurrency;

    public bool TryGet(string currency, out decimal rate)
    {
        if (currency == companyCurrency) { rate = 1m; return true; }
        return rates.TryGetValue(currency, out rate);
    }

    public IEnumerable<string> Missing(IEnumerable<string> currencies) => currencies.Distinct().Where(c => !TryGet(c, out _));

    public decimal Convert(decimal amount, string currency) =>
        TryGet(currency, out var rate) ? Money.Round(amount * rate) : throw new InvalidOperationException($"No rate for {currency}.");

    public decimal RateOf(string currency) => TryGet(currency, out var rate) ? rate : throw new InvalidOperationException($"No rate for {currency}.");
}
