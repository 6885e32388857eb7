using System.Globalization;
using Crm.Sales.Domain;
using Crm.SharedKernel.Paging;
using FluentValidation;

namespace Crm.Sales.Features.Shared;

internal static class SalesInputRules
{
    public const decimal MaxMoney = 9_999_999_999_999_999.99m;

    public static IRuleBuilderOptions<T, string> CurrencyCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(Money.IsCurrencyCode).WithMessage("Use an ISO 4217 currency code in capitals, e.g. USD or CNY.");

    public static IRuleBuilderOptions<T, string?> OptionalCurrencyCode<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => c is null || Money.IsCurrencyCode(c)).WithMessage("Use an ISO 4217 currency code in capitals, e.g. USD or CNY.");

    /// <summary>A money amount: not negative, at most 2 decimal places, fits numeric(18,2).</summary>
    public static IRuleBuilderOptions<T, decimal> MoneyAmount<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.InclusiveBetween(0m, MaxMoney).PrecisionScale(18, 2, true);

    public static IRuleBuilderOptions<T, decimal?> MoneyAmount<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.InclusiveBetween(0m, MaxMoney).PrecisionScale(18, 2, true);

    /// <summary>A percentage from 0 to 100 with at most 4 places (discount, tax, commission rate).</summary>
    public static IRuleBuilderOptions<T, decimal> Percent<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.InclusiveBetween(0m, 100m).PrecisionScale(9, 4, true);

    public static IRuleBuilderOptions<T, decimal?> Percent<T>(this IRuleBuilder<T, decimal?> rule) =>
        rule.InclusiveBetween(0m, 100m).PrecisionScale(9, 4, true);

    public static IRuleBuilderOptions<T, decimal> Quantity<T>(this IRuleBuilder<T, decimal> rule) =>
        rule.GreaterThan(0m).LessThan(100_000_000_000_000m).PrecisionScale(18, 4, true);

    /// <summary>The version the client read (PostgreSQL never hands out 0), so a write can be checked against it.</summary>
    public static IRuleBuilderOptions<T, uint> Version<T>(this IRuleBuilder<T, uint> rule) =>
        rule.NotEmpty().WithMessage("Send the version of the record you read.");

    public static IRuleBuilderOptions<T, int> PageLimit<T>(this IRuleBuilder<T, int> rule) => rule.InclusiveBetween(1, Cursor.MaxLimit);

    public static IRuleBuilderOptions<T, string?> Period<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(p => SalesPeriod.TryParse(p, out _)).WithMessage("Give a period as 2026-11 (month), 2026-Q4 (quarter) or 2026 (year).");

    public static IRuleBuilderOptions<T, DateOnly> PlausibleDay<T>(this IRuleBuilder<T, DateOnly> rule) =>
        rule.InclusiveBetween(new DateOnly(1900, 1, 1), new DateOnly(2200, 1, 1)).WithMessage("Give a date between 1900 and 2200.");

    public static IRuleBuilderOptions<T, string?> TextCursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => Cursor.TryDecode(c, out var d) && (d is null || d.Key is not null)).WithMessage("The cursor is not valid. Start again without it.");

    public static IRuleBuilderOptions<T, string?> MomentCursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => Cursor.TryDecode(c, out var d) && (d is null || Cursors.Moment(d) is not null))
            .WithMessage("The cursor is not valid. Start again without it.");

    public static IRuleBuilderOptions<T, string?> DayCursor<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(c => Cursor.TryDecode(c, out var d) && (d is null || Cursors.Day(d) is not null))
            .WithMessage("The cursor is not valid. Start again without it.");
}

/// <summary>Cursor keys of the Sales lists: a moment (created/placed at) or a day (close date).</summary>
internal static class Cursors
{
    public static Cursor Of(DateTimeOffset at, Guid id) => new(at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), id);
    public static Cursor Of(DateOnly day, Guid id) => new(day.ToString("O", CultureInfo.InvariantCulture), id);

    public static DateTimeOffset? Moment(Cursor c) =>
        DateTimeOffset.TryParse(c.Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at) ? at.ToUniversalTime() : null;

    public static DateOnly? Day(Cursor c) =>
        DateOnly.TryParseExact(c.Key, "O", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    public static Cursor? Decode(string? text) => Cursor.TryDecode(text, out var c) ? c : null;
}
