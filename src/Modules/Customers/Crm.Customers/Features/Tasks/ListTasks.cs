using Crm.Customers.Domain;
using Crm.Customers.Features.Timeline;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Tasks;

/// <summary>
/// Tasks the caller can see, soonest due first (tasks without a due date last). Filters:
/// <c>assigneeId</c> or <c>mine=true</c>; <c>status</c> = Open, InProgress, Done, Cancelled, or <c>open</c>
/// (lower case: Open and InProgress); <c>due</c> = <c>overdue</c> (still open, due before now), <c>today</c>
/// (due during today in <c>tz</c>, an IANA time zone, UTC by default), <c>upcoming</c> (due after today) or
/// <c>none</c> (no due date); <c>contactId</c>, <c>accountId</c>.
/// </summary>
public sealed record ListTasks(
    Guid? AssigneeId,
    bool? Mine,
    string? Status,
    string? Due,
    string? Tz,
    Guid? ContactId,
    Guid? AccountId,
    string? Cursor,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<CustomerTaskSummary>>>;

public sealed record CustomerTaskSummary(
    Guid Id,
    string Title,
    DateTimeOffset? DueAt,
    CustomerTaskStatus Status,
    TaskPriority Priority,
    DateTimeOffset? CompletedAt,
    Guid? ContactId,
    string? ContactName,
    Guid? AccountId,
    string? AccountName,
    Guid AssigneeId,
    string? AssigneeName,
    uint Version);

internal sealed class ListTasksValidator : AbstractValidator<ListTasks>
{
    public ListTasksValidator()
    {
        RuleFor(q => q.Limit).PageLimit();
        RuleFor(q => q.Cursor).MomentCursor(allowNullKey: true);
        RuleFor(q => q.Status).Must(s => TaskFilters.Statuses(s) is not null)
            .WithMessage("Use open, or one of Open, InProgress, Done, Cancelled.");
        RuleFor(q => q.Due).Must(d => d is null || TaskFilters.DueValues.Contains(d, StringComparer.OrdinalIgnoreCase))
            .WithMessage("Use overdue, today, upcoming or none.");
        RuleFor(q => q.Tz).Must(tz => tz is null || TimeZoneInfo.TryFindSystemTimeZoneById(tz, out _))
            .WithMessage("Use an IANA time zone, e.g. Asia/Shanghai.");
        RuleFor(q => q.AssigneeId).Null().When(q => q.Mine == true).WithMessage("Ask for mine or for an assignee, not both.");
    }
}

internal static class TaskFilters
{
    public static readonly string[] DueValues = ["overdue", "today", "upcoming", "none"];

    private static readonly CustomerTaskStatus[] Open = [CustomerTaskStatus.Open, CustomerTaskStatus.InProgress];

    /// <summary>The statuses a <c>status</c> value stands for; empty for no filter, null when the value is not valid.</summary>
    public static CustomerTaskStatus[]? Statuses(string? status) => status switch
    {
        null => [],
        // Lower-case "open" is the everyday sense: not finished yet.
        "open" => Open,
        _ when Enum.GetNames<CustomerTaskStatus>().Contains(status, StringComparer.Ordinal) => [Enum.Parse<CustomerTaskStatus>(status)],
        _ => null,
    };

    /// <summary>Today in <paramref name="zone"/>, as a UTC range [start, end).</summary>
    public static (DateTimeOffset Start, DateTimeOffset End) Today(DateTimeOffset now, TimeZoneInfo zone)
    {
        var today = TimeZoneInfo.ConvertTime(now, zone).Date;
        return (StartOf(today, zone), StartOf(today.AddDays(1), zone));
    }

    // Midnight may not exist on a daylight-saving day (clocks jump from 00:00): the day then starts at the jump.
    private static DateTimeOffset StartOf(DateTime localDate, TimeZoneInfo zone)
    {
        var local = DateTime.SpecifyKind(localDate, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local)) local = local.AddMinutes(15);
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, zone), TimeSpan.Zero);
    }
}

internal sealed class ListTasksHandler(CustomersDbContext db, ICurrentUser user, IUserDirectory users, TimeProvider clock)
    : IQueryHandler<ListTasks, Result<Page<CustomerTaskSummary>>>
{
    public async ValueTask<Result<Page<CustomerTaskSummary>>> Handle(ListTasks q, CancellationToken ct)
    {
        var query = db.Tasks.AsNoTracking().VisibleTo(user);
        var assigneeId = q.Mine == true ? user.Id : q.AssigneeId;
        if (assigneeId is { } assignee) query = query.Where(t => t.OwnerId == assignee);
        if (TaskFilters.Statuses(q.Status) is { Length: > 0 } statuses) query = query.Where(t => statuses.Contains(t.Status));
        if (q.ContactId is { } contactId) query = query.Where(t => t.ContactId == contactId);
        if (q.AccountId is { } accountId) query = query.Where(t => t.AccountId == accountId);
        query = FilterByDue(query, q.Due?.ToLowerInvariant(), q.Tz);

        // Keyset over (due_at, id) with NULL due dates sorted last, as PostgreSQL sorts them ascending.
        if (MomentCursors.TryRead(q.Cursor, out var after) && after is not null)
        {
            var lastId = after.Id;
            if (after.At is { } lastDue)
                query = query.Where(t => t.DueAt == null
                    || EF.Functions.GreaterThan(ValueTuple.Create(t.DueAt.Value, t.Id), ValueTuple.Create(lastDue, lastId)));
            else
                query = query.Where(t => t.DueAt == null && t.Id.CompareTo(lastId) > 0);
        }

        var page = await query
            .OrderByKey(t => t.DueAt, descending: false)
            .Select(t => new CustomerTaskSummary(
                t.Id, t.Title, t.DueAt, t.Status, t.Priority, t.CompletedAt,
                t.ContactId, db.Contacts.IgnoreQueryFilters().Where(c => c.Id == t.ContactId).Select(c => c.FullName).FirstOrDefault(),
                t.AccountId, db.Accounts.IgnoreQueryFilters().Where(a => a.Id == t.AccountId).Select(a => a.Name).FirstOrDefault(),
                t.OwnerId, null, t.Version))
            .ToPageAsync(q.Limit, r => new Cursor(MomentCursor.Key(r.DueAt), r.Id), ct);

        // One call for the page's assignees: users belong to the Platform module.
        var names = await users.GetNamesAsync([.. page.Items.Select(t => t.AssigneeId).Distinct()], ct);
        return page with { Items = [.. page.Items.Select(t => t with { AssigneeName = names.GetValueOrDefault(t.AssigneeId) })] };
    }

    private IQueryable<CustomerTask> FilterByDue(IQueryable<CustomerTask> query, string? due, string? tz)
    {
        var now = clock.GetUtcNow();
        switch (due)
        {
            case "overdue":
                return query.Where(t => t.DueAt < now && (t.Status == CustomerTaskStatus.Open || t.Status == CustomerTaskStatus.InProgress));
            case "today":
            {
                var (start, end) = TaskFilters.Today(now, Zone(tz));
                return query.Where(t => t.DueAt >= start && t.DueAt < end);
            }
            case "upcoming":
            {
                var (_, end) = TaskFilters.Today(now, Zone(tz));
                return query.Where(t => t.DueAt >= end);
            }
            case "none":
                return query.Where(t => t.DueAt == null);
            default:
                return query;
        }
    }

    private static TimeZoneInfo Zone(string? tz) => tz is null ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(tz);
}
