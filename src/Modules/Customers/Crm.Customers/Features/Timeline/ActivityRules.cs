using System.Globalization;
using Crm.SharedKernel.Paging;
using FluentValidation;

namespace Crm.Customers.Features.Timeline;

/// <summary>Input rules the activity use cases (interactions, tasks, timelines) share.</summary>
internal static class ActivityRules
{
    private static readonly DateTimeOffset Earliest = new(1900, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Latest = new(2200, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>A moment a person could mean; also catches a missing value (which binds as year 1).</summary>
    public static IRuleBuilderOptions<T, DateTimeOffset> PlausibleMoment<T>(this IRuleBuilder<T, DateTimeOffset> rule) =>
        rule.InclusiveBetween(Earliest, Latest).WithMessage("Give a date and time between 1900 and 2200.");

    public static IRuleBuilderOptions<T, DateTimeOffset?> PlausibleMoment<T>(this IRuleBuilder<T, DateTimeOffset?> rule) =>
        rule.InclusiveBetween(Earliest, Latest).WithMessage("Give a date and time between 1900 and 2200.");

    public static IRuleBuilderOptions<T, int> PageLimit<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(1, Cursor.MaxLimit);

    /// <summary>A cursor this module issued for a list ordered by a moment (nullable when the sort key may be null).</summary>
    public static IRuleBuilderOptions<T, string?> MomentCursor<T>(this IRuleBuilder<T, string?> rule, bool allowNullKey = false) =>
        rule.Must(text => MomentCursors.TryRead(text, out var after) && (allowNullKey || after is null || after.At is not null))
            .WithMessage("The cursor is not valid.");
}

/// <summary>The position after the last row of a list ordered by a moment and the id (newest interactions, tasks by due date).</summary>
internal sealed record MomentCursor(DateTimeOffset? At, Guid Id)
{
    /// <summary>The cursor key of a row's moment: round-trip text, or null for a row without one (a task with no due date).</summary>
    public static string? Key(DateTimeOffset? at) => at?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}

internal static class MomentCursors
{
    /// <summary>Reads a cursor; a missing one is valid and yields null. Validators reject bad ones before handlers run.</summary>
    public static bool TryRead(string? text, out MomentCursor? after)
    {
        after = null;
        if (!Cursor.TryDecode(text, out var cursor)) return false;
        if (cursor is null) return true;
        if (cursor.Key is null)
        {
            after = new MomentCursor(null, cursor.Id);
            return true;
        }
        if (!DateTimeOffset.TryParse(cursor.Key, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)) return false;
        // Npgsql writes timestamptz parameters in UTC only.
        after = new MomentCursor(at.ToUniversalTime(), cursor.Id);
        return true;
    }
}
