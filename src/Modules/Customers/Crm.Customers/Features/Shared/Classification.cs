using System.Globalization;
using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Paging;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Shared;

/// <summary>One change of tier, lifecycle stage or relationship, newest first in a record's classification history.</summary>
public sealed record ClassificationHistoryEntry(
    Guid Id,
    ClassificationField Field,
    string OldValue,
    string NewValue,
    string? Reason,
    Guid ChangedBy,
    string? ChangedByName,
    DateTimeOffset ChangedAt);

/// <summary>Changing a record's classification always leaves a trace: a history row and a timeline line per changed field.</summary>
internal static class ClassificationLog
{
    public const string TimelineKind = "classification.changed";
    public const int MaxReasonLength = 500;

    /// <summary>
    /// Classifies <paramref name="record"/> and adds, for each field that really changed, a
    /// <see cref="ClassificationChange"/> and a timeline entry pointing at it. Returns how many fields changed.
    /// </summary>
    public static int Classify(this CustomersDbContext db, CustomerRecord record, CustomerTier? tier, LifecycleStage? stage,
        RelationshipStatus? relationship, string? reason, Guid userId, DateTimeOffset now)
    {
        var (accountId, contactId) = record.TimelineTarget;
        reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        var changes = record.Classify(tier, stage, relationship);
        foreach (var (field, oldValue, newValue) in changes)
        {
            var change = ClassificationChange.Record(record.RecordType, record.Id, field, oldValue, newValue, reason, userId, now);
            db.ClassificationChanges.Add(change);
            db.Timeline.Add(TimelineEntry.Record(TimelineKind, $"{Label(field)} changed from {oldValue} to {newValue}", reason, now,
                accountId, contactId, TimelineEntry.CustomersSource, change.Id, userId));
        }
        return changes.Count;
    }

    /// <summary>A record's classification changes, newest first, keyset-paged on (changed_at, id), with who made them.</summary>
    public static async Task<Page<ClassificationHistoryEntry>> HistoryAsync(this CustomersDbContext db, IUserDirectory users,
        CustomerRecordType type, Guid recordId, string? cursor, int limit, CancellationToken ct)
    {
        var query = db.ClassificationChanges.AsNoTracking().Where(c => c.RecordType == type && c.RecordId == recordId);
        if (Cursor.TryDecode(cursor, out var after) && after is not null && RecordSort.ParseTime(after.Key) is { } at)
            query = query.After(c => c.ChangedAt, at, after.Id, descending: true);
        var page = await query.OrderByKey(c => c.ChangedAt, descending: true)
            .Select(c => new ClassificationHistoryEntry(c.Id, c.Field, c.OldValue, c.NewValue, c.Reason, c.ChangedBy, null, c.ChangedAt))
            .ToPageAsync(limit, c => new Cursor(c.ChangedAt.ToString("O", CultureInfo.InvariantCulture), c.Id), ct);
        var names = await users.GetNamesAsync([.. page.Items.Select(c => c.ChangedBy).Distinct()], ct);
        return page with { Items = [.. page.Items.Select(c => c with { ChangedByName = names.GetValueOrDefault(c.ChangedBy) })] };
    }

    private static string Label(ClassificationField field) => field switch
    {
        ClassificationField.Tier => "Tier",
        ClassificationField.Stage => "Lifecycle stage",
        _ => "Relationship",
    };
}

/// <summary>What a classify request shares: at least one field, known values, a short reason, the version read.</summary>
internal interface IClassifyRequest
{
    CustomerTier? Tier { get; }
    LifecycleStage? Stage { get; }
    RelationshipStatus? Relationship { get; }
    string? Reason { get; }
    uint Version { get; }
}

internal sealed class ClassifyRequestValidator : AbstractValidator<IClassifyRequest>
{
    public ClassifyRequestValidator()
    {
        RuleFor(c => c.Tier).IsInEnum();
        RuleFor(c => c.Stage).IsInEnum();
        RuleFor(c => c.Relationship).IsInEnum();
        RuleFor(c => c.Tier).NotNull().When(c => c.Stage is null && c.Relationship is null)
            .WithMessage("Give a tier, a stage or a relationship status.");
        RuleFor(c => c.Reason).MaximumLength(ClassificationLog.MaxReasonLength);
        RuleFor(c => c.Version).Version();
    }
}

/// <summary>Paging of a history: a cursor from the previous page, 1 to 200 rows.</summary>
internal interface IPagedRequest
{
    string? Cursor { get; }
    int Limit { get; }
}

internal sealed class PagedRequestValidator : AbstractValidator<IPagedRequest>
{
    public PagedRequestValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Cursor.MaxLimit);
        RuleFor(q => q.Cursor).Must(RecordSort.IsTimeCursor).WithMessage("The cursor is not valid.");
    }
}
