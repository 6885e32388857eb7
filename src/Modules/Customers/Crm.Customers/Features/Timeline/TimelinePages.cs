using Crm.Customers.Domain;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Paging;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Timeline;

/// <summary>
/// One line of a contact's or account's 360° timeline. Generic over where it came from: <see cref="Kind"/>
/// (<c>interaction.logged</c>, <c>task.completed</c>, <c>sales.order_placed</c>…) and <see cref="SourceModule"/>
/// with <see cref="SourceId"/> tell the client what to show and where to link.
/// </summary>
public sealed record CustomerTimelineItem(
    Guid Id,
    string Kind,
    string Title,
    string? Summary,
    DateTimeOffset OccurredAt,
    string SourceModule,
    Guid SourceId,
    Guid? ActorId,
    string? ActorName,
    Guid? ContactId,
    Guid? AccountId);

/// <summary>Paging over timeline entries, the same for every record type and every kind.</summary>
internal static class TimelinePages
{
    public const int MaxKinds = 20;

    /// <summary>The <c>kinds</c> filter: comma-separated, blanks ignored; empty means every kind.</summary>
    public static string[] ParseKinds(string? kinds) =>
        kinds?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct().ToArray() ?? [];

    public static IRuleBuilderOptions<T, string?> Kinds<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(k => ParseKinds(k) is { Length: <= MaxKinds } kinds && kinds.All(kind => kind.Length <= 60))
            .WithMessage($"Give at most {MaxKinds} comma-separated kinds, e.g. interaction.logged,task.completed.");

    /// <summary>
    /// Newest first, keyset on (occurred_at, id), which the (record, occurred_at, id) indexes serve directly.
    /// Actor names come in one directory call per page: users belong to the Platform module.
    /// </summary>
    public static async Task<Page<CustomerTimelineItem>> ToTimelinePageAsync(this IQueryable<TimelineEntry> entries,
        string? kinds, string? cursor, int limit, IUserDirectory users, CancellationToken ct)
    {
        var wanted = ParseKinds(kinds);
        if (wanted.Length > 0) entries = entries.Where(e => wanted.Contains(e.Kind));
        if (MomentCursors.TryRead(cursor, out var after) && after is { At: { } at })
            entries = entries.After(e => e.OccurredAt, at, after.Id, descending: true);

        var page = await entries.AsNoTracking()
            .OrderByKey(e => e.OccurredAt, descending: true)
            .Select(e => new CustomerTimelineItem(e.Id, e.Kind, e.Title, e.Summary, e.OccurredAt, e.SourceModule, e.SourceId,
                e.ActorId, null, e.ContactId, e.AccountId))
            .ToPageAsync(limit, e => new Cursor(MomentCursor.Key(e.OccurredAt), e.Id), ct);

        var actors = page.Items.Where(e => e.ActorId is not null).Select(e => e.ActorId!.Value).Distinct().ToList();
        var names = await users.GetNamesAsync(actors, ct);
        return page with
        {
            Items = [.. page.Items.Select(e => e with { ActorName = e.ActorId is { } a ? names.GetValueOrDefault(a) : null })],
        };
    }
}
