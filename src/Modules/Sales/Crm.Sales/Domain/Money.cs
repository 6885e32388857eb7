namespace Crm.Sales.Domain;

/// <summary>
/// Sales' money rules, in one place. Amounts are <c>decimal</c> with an ISO 4217 currency code, stored as
/// numeric(18,2); quantities numeric(18,4); percentages (discount, tax, probability, commission rate) numeric(9,4)
/// or numeric(5,2); exchange rates numeric(18,8).
/// Rounding: to 2 places with <see cref="MidpointRounding.AwayFromZero"/> (commercial rounding, 2.345 → 2.35),
/// applied where a money amount is first produced — each line's gross, discount, net and tax; each converted
/// amount; each commission line — and never to sums of already-rounded amounts, which are exact.
/// Aggregates of unrounded products (weighted pipeline) are rounded once, at the end.
/// </summary>
internal static class Money
{
    public const int Places = 2;
    public const MidpointRounding Rounding = MidpointRounding.AwayFromZero;

    public static decimal Round(decimal amount) => Math.Round(amount, Places, Rounding);

    /// <summary>An ISO 4217 code as we store it: three upper-case letters.</summary>
    public static bool IsCurrencyCode(string? code) => code is { Length: 3 } && code.All(char.IsAsciiLetterUpper);

    /// <summary><paramref name="percent"/> of <paramref name="amount"/>, rounded.</summary>
    public static decimal Percent(decimal amount, decimal percent) => Round(amount * percent / 100m);
}

/// <summary>The amounts of one priced line, each rounded as <see cref="Money"/> says.</summary>
internal sealed record LineAmounts(decimal Gross, decimal Discount, decimal Net, decimal Tax, decimal Total)
{
    /// <summary>gross = qty × price; discount = gross × d%; net = gross − discount; tax = net × t%; total = net + tax.</summary>
    public static LineAmounts Of(decimal quantity, decimal unitPrice, decimal discountPercent, decimal taxPercent)
    {
        var gross = Money.Round(quantity * unitPrice);
        var discount = Money.Percent(gross, discountPercent);
        var net = gross - discount;
        var tax = Money.Percent(net, taxPercent);
        return new LineAmounts(gross, discount, net, tax, net + tax);
    }
}

/// <summary>A document's totals: sums of its lines' rounded amounts.</summary>
internal sealed record DocumentTotals(decimal Subtotal, decimal DiscountTotal, decimal TaxTotal, decimal Total)
{
    public static DocumentTotals Of(IEnumerable<LineAmounts> lines)
    {
        var all = lines.ToList();
        return new DocumentTotals(all.Sum(l => l.Net), all.Sum(l => l.Discount), all.Sum(l => l.Tax), all.Sum(l => l.Total));
    }
}
