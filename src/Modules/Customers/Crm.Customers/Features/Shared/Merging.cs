using Crm.Customers.Domain;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Messaging;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Customers.Features.Shared;

/// <summary>Which of the two records' values a merged field keeps.</summary>
public enum MergeChoice
{
    Survivor,
    Duplicate,
}

/// <summary>
/// The side-by-side choices of a merge. A field without a choice keeps the survivor's value, or the duplicate's
/// when the survivor's is empty, so a merge never loses a phone number nobody decided about.
/// </summary>
internal sealed class MergePlan(IReadOnlyDictionary<string, MergeChoice>? fields)
{
    public const string Tier = "tier";
    public const string Stage = "stage";
    public const string Relationship = "relationship";

    private readonly Dictionary<string, MergeChoice> _choices =
        new(fields ?? new Dictionary<string, MergeChoice>(), StringComparer.OrdinalIgnoreCase);

    public T Pick<T>(string field, T survivor, T duplicate) =>
        _choices.TryGetValue(field, out var choice)
            ? choice == MergeChoice.Duplicate ? duplicate : survivor
            : IsEmpty(survivor) ? duplicate : survivor;

    /// <summary>The duplicate's value where the client chose it, else null (no change): for classification, which is never empty.</summary>
    public T? Taken<T>(string field, T duplicate) where T : struct =>
        _choices.TryGetValue(field, out var choice) && choice == MergeChoice.Duplicate ? duplicate : null;

    private static bool IsEmpty<T>(T value) => value switch
    {
        null => true,
        string s => string.IsNullOrWhiteSpace(s),
        Address a => new[] { a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.Country }.All(string.IsNullOrWhiteSpace),
        _ => false,
    };
}

internal static class RecordMerge
{
    /// <summary>The timeline line a merge leaves on the survivor; its source is the merge's integration event.</summary>
    public const string TimelineKind = "record.merged";

    /// <summary>
    /// What every merge does once the survivor's own fields are chosen: the survivor absorbs the duplicate, takes
    /// the classification the client chose from it (recorded in the history), and its timeline tells of the merge,
    /// whose integration event goes out with the save.
    /// </summary>
    public static void Merge(this CustomersDbContext db, CustomerRecord survivor, CustomerRecord duplicate, MergePlan plan,
        IntegrationEvent merged, Guid userId, DateTimeOffset now)
    {
        survivor.Absorb(duplicate, now);
        db.Classify(survivor, plan.Taken(MergePlan.Tier, duplicate.Tier), plan.Taken(MergePlan.Stage, duplicate.Stage),
            plan.Taken(MergePlan.Relationship, duplicate.Relationship), $"Merged with {duplicate.DisplayName}", userId, now);
        var (accountId, contactId) = survivor.TimelineTarget;
        var title = $"Merged {duplicate.DisplayName} into this {survivor.RecordType.ToString().ToLowerInvariant()}";
        db.Timeline.Add(TimelineEntry.Record(TimelineKind, title, null, now, accountId, contactId, TimelineEntry.CustomersSource, merged.Id, userId));
        db.Publish(merged);
    }
}

/// <summary>What a merge request shares: the survivor (from the route), the duplicate, the versions of both as read, the choices.</summary>
internal interface IMergeRequest
{
    Guid Id { get; }
    Guid DuplicateId { get; }
    uint Version { get; }
    uint DuplicateVersion { get; }
    IReadOnlyDictionary<string, MergeChoice>? Fields { get; }
}

/// <summary>The rules of every merge request; each record names its own mergeable fields.</summary>
internal abstract class MergeRequestValidator<T> : AbstractValidator<T> where T : IMergeRequest
{
    /// <param name="intoItself">The message for a record merged into itself.</param>
    /// <param name="fields">The record's own mergeable fields (camelCase, as in its JSON); classification is mergeable on every record.</param>
    protected MergeRequestValidator(string intoItself, IReadOnlyCollection<string> fields)
    {
        string[] allowed = [.. fields, MergePlan.Tier, MergePlan.Stage, MergePlan.Relationship];
        RuleFor(m => m.DuplicateId).NotEmpty().NotEqual(m => m.Id).WithMessage(intoItself);
        RuleFor(m => m.Version).Version();
        RuleFor(m => m.DuplicateVersion).Version();
        RuleFor(m => m.Fields)
            .Must(choices => choices is null || (choices.Keys.All(k => allowed.Contains(k, StringComparer.OrdinalIgnoreCase))
                                                && choices.Values.All(Enum.IsDefined)))
            .WithMessage($"Choose survivor or duplicate for any of: {string.Join(", ", allowed)}.");
    }
}

/// <summary>
/// What hangs off a customer record — interactions, tasks, timeline lines, classification history — moved or
/// re-owned in bulk, without loading it. Interactions and tasks take their owner and team from the record they
/// are about (interactions both; tasks the team, the assignee stays the task's owner), so whoever sees the record
/// sees its activities: when a record changes hands or absorbs a duplicate, its activities follow.
/// </summary>
internal static class RecordActivities
{
    /// <summary>A contact's activities follow its new owner and team.</summary>
    public static async Task FollowContactAsync(this CustomersDbContext db, Guid contactId, Guid ownerId, Guid? teamId, CancellationToken ct)
    {
        await db.Interactions.Where(i => i.ContactId == contactId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.OwnerId, ownerId).SetProperty(i => i.TeamId, teamId), ct);
        await db.Tasks.Where(t => t.ContactId == contactId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.TeamId, teamId), ct);
    }

    /// <summary>An account's own activities (those with one of its contacts follow the contact) follow its new owner and team.</summary>
    public static async Task FollowAccountAsync(this CustomersDbContext db, Guid accountId, Guid ownerId, Guid? teamId, CancellationToken ct)
    {
        await db.Interactions.Where(i => i.AccountId == accountId && i.ContactId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.OwnerId, ownerId).SetProperty(i => i.TeamId, teamId), ct);
        await db.Tasks.Where(t => t.AccountId == accountId && t.ContactId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.TeamId, teamId), ct);
    }

    /// <summary>Everything that pointed at the duplicate contact points at the survivor, owned as the survivor is.</summary>
    public static async Task MoveContactActivitiesAsync(this CustomersDbContext db, Guid duplicateId, Contact survivor, CancellationToken ct)
    {
        await db.Interactions.Where(i => i.ContactId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.ContactId, survivor.Id)
                .SetProperty(i => i.OwnerId, survivor.OwnerId).SetProperty(i => i.TeamId, survivor.TeamId), ct);
        await db.Tasks.Where(t => t.ContactId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ContactId, survivor.Id).SetProperty(t => t.TeamId, survivor.TeamId), ct);
        await db.Timeline.Where(t => t.ContactId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.ContactId, survivor.Id), ct);
        await db.Purchases.Where(p => p.ContactId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.ContactId, survivor.Id), ct);
        await db.ClassificationChanges.Where(c => c.RecordType == CustomerRecordType.Contact && c.RecordId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RecordId, survivor.Id), ct);
    }

    /// <summary>
    /// Everything that pointed at the duplicate account points at the survivor: its contacts (trashed ones too, so
    /// a restore brings them back to the right account), activities, timeline and classification history.
    /// </summary>
    public static async Task MoveAccountActivitiesAsync(this CustomersDbContext db, Guid duplicateId, Account survivor, CancellationToken ct)
    {
        await db.Contacts.IgnoreQueryFilters().Where(c => c.AccountId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.AccountId, survivor.Id), ct);
        await db.Interactions.Where(i => i.AccountId == duplicateId && i.ContactId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AccountId, survivor.Id)
                .SetProperty(i => i.OwnerId, survivor.OwnerId).SetProperty(i => i.TeamId, survivor.TeamId), ct);
        await db.Interactions.Where(i => i.AccountId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.AccountId, survivor.Id), ct);
        await db.Tasks.Where(t => t.AccountId == duplicateId && t.ContactId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.AccountId, survivor.Id).SetProperty(t => t.TeamId, survivor.TeamId), ct);
        await db.Tasks.Where(t => t.AccountId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.AccountId, survivor.Id), ct);
        await db.Timeline.Where(t => t.AccountId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.AccountId, survivor.Id), ct);
        await db.Purchases.Where(p => p.AccountId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.AccountId, survivor.Id), ct);
        await db.ClassificationChanges.Where(c => c.RecordType == CustomerRecordType.Account && c.RecordId == duplicateId)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.RecordId, survivor.Id), ct);
    }
}
