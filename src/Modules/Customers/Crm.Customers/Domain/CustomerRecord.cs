using Crm.SharedKernel.Domain;

namespace Crm.Customers.Domain;

/// <summary>
/// What accounts and contacts share: contact details, classification, tags, owner and team, soft delete.
/// Not an EF hierarchy — each subtype has its own table with these columns.
/// </summary>
internal abstract class CustomerRecord : AggregateRoot, IOwned, ISoftDeletable
{
    public string? Email { get; protected set; }
    public string? Phone { get; protected set; }
    public Address Address { get; protected set; } = Address.Empty;
    public string? Source { get; protected set; }
    public string? Notes { get; protected set; }
    public List<string> Tags { get; protected set; } = [];

    public CustomerTier Tier { get; protected set; } = CustomerTier.C;
    public LifecycleStage Stage { get; protected set; } = LifecycleStage.Potential;
    public RelationshipStatus Relationship { get; protected set; } = RelationshipStatus.Preparing;

    public Guid OwnerId { get; protected set; }
    public Guid? TeamId { get; protected set; }

    public DateTimeOffset? DeletedAt { get; protected set; }
    /// <summary>Set when this record was merged into another; it stays deleted and points at the survivor.</summary>
    public Guid? MergedIntoId { get; protected set; }

    /// <summary>Lower-cased names, email and phone digits; computed by the database, indexed for trigram search.</summary>
    public string SearchText { get; private set; } = "";

    /// <summary>
    /// Every Chinese (CJK) character and pair of adjacent characters of the names and email; computed by the database,
    /// GIN-indexed. A one- or two-character Chinese query makes no trigram, so it is looked up here instead.
    /// </summary>
    public string[] SearchTokens { get; private set; } = [];

    public bool IsDeleted => DeletedAt is not null;

    public abstract CustomerRecordType RecordType { get; }

    /// <summary>The name people know the record by: an account's name, a contact's full name.</summary>
    public abstract string DisplayName { get; }

    /// <summary>Where a timeline line about this record goes: a contact's also shows on its account's timeline.</summary>
    public abstract (Guid? AccountId, Guid? ContactId) TimelineTarget { get; }

    public void SetTags(IEnumerable<string> tags) =>
        Tags = [.. tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).Order()];

    public void AssignOwner(Guid ownerId, Guid? teamId)
    {
        OwnerId = ownerId;
        TeamId = teamId;
    }

    /// <summary>Changes tier, stage and relationship; returns what changed so the history can record it.</summary>
    public IReadOnlyList<(ClassificationField Field, string Old, string New)> Classify(CustomerTier? tier, LifecycleStage? stage, RelationshipStatus? relationship)
    {
        var changes = new List<(ClassificationField, string, string)>();
        if (tier is { } t && t != Tier) { changes.Add((ClassificationField.Tier, Tier.ToString(), t.ToString())); Tier = t; }
        if (stage is { } s && s != Stage) { changes.Add((ClassificationField.Stage, Stage.ToString(), s.ToString())); Stage = s; }
        if (relationship is { } r && r != Relationship) { changes.Add((ClassificationField.Relationship, Relationship.ToString(), r.ToString())); Relationship = r; }
        return changes;
    }

    public void Delete(DateTimeOffset now) => DeletedAt ??= now;

    public void Restore()
    {
        DeletedAt = null;
        MergedIntoId = null;
    }

    public void MarkMergedInto(Guid survivorId, DateTimeOffset now)
    {
        MergedIntoId = survivorId;
        DeletedAt = now;
    }

    /// <summary>Takes in a duplicate: nothing of its tags is lost, and it goes to the trash pointing here.</summary>
    public void Absorb(CustomerRecord duplicate, DateTimeOffset now)
    {
        SetTags(Tags.Concat(duplicate.Tags));
        duplicate.MarkMergedInto(Id, now);
    }

    /// <summary>Whether two values of a field that recognises duplicates are the same, ignoring case and surrounding spaces.</summary>
    protected static bool Same(string? current, string? requested) =>
        string.Equals(current?.Trim() ?? "", requested?.Trim() ?? "", StringComparison.OrdinalIgnoreCase);
}
