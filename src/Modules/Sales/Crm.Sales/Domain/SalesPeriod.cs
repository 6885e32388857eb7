using System.Globalization;
using System.Text.RegularExpressions;

namespace Crm.Sales.Domain;

public enum PeriodKind
{
    Month,
    Quarter,
    Year,
}

/// <summary>
/// A sales period as people write it: <c>2026-11</c> (month), <c>2026-Q4</c> (quarter) or <c>2026</c> (year).
/// Periods are calendar periods in UTC; <see cref="End"/> is exclusive.
/// </summary>
internal sealed partial record SalesPeriod(PeriodKind Kind, int Year, int Number)
{
    public DateOnly Start => Kind switch
    {
        PeriodKind.Month => new DateOnly(Year, Number, 1),
        PeriodKind.Quarter => new DateOnly(Year, (Number - 1) * 3 + 1, 1),
        _ => new DateOnly(Year, 1, 1),
    };

    public DateOnly End => Kind switch
    {
        PeriodKind.Month => Start.AddMonths(1),
        PeriodKind.Quarter => Start.AddMonths(3),
        _ => Start.AddYears(1),
    };

    public DateTimeOffset StartsAt => new(Start.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
    public DateTimeOffset EndsAt => new(End.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    public bool Contains(DateOnly day) => day >= Start && day < End;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this period (a month in its quarter).</summary>
    public bool Covers(SalesPeriod other) => other.Start >= Start && other.End <= End;

    public override string ToString() => Kind switch
    {
        PeriodKind.Month => $"{Year:D4}-{Number:D2}",
        PeriodKind.Quarter => $"{Year:D4}-Q{Number}",
        _ => $"{Year:D4}",
    };

    public static SalesPeriod MonthOf(DateOnly day) => new(PeriodKind.Month, day.Year, day.Month);
    public static SalesPeriod QuarterOf(DateOnly day) => new(PeriodKind.Quarter, day.Year, (day.Month - 1) / 3 + 1);

    public static bool TryParse(string? text, out SalesPeriod period)
    {
        period = null!;
        var m = Pattern().Match(text?.Trim() ?? "");
        if (!m.Success) return false;
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is < 1900 or > 2200) return false;
        if (m.Groups["q"].Success) period = new SalesPeriod(PeriodKind.Quarter, year, int.Parse(m.Groups["q"].Value, CultureInfo.InvariantCulture));
        else if (m.Groups["m"].Success)
        {
            var month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            if (month is < 1 or > 12) return false;
            period = new SalesPeriod(PeriodKind.Month, year, month);
        }
        else period = new SalesPeriod(PeriodKind.Year, year, 1);
        return true;
    }

    public static SalesPeriod Parse(string text) =>
        TryParse(text, out var p) ? p : throw new FormatException($"'{text}' is not a period (2026-11, 2026-Q4 or 2026).");

    [GeneratedRegex(@"^(?<y>\d{4})(?:-(?:[Qq](?<q>[1-4])|(?<m>\d{2})))?$")]
    private static partial Regex Pattern();
}
