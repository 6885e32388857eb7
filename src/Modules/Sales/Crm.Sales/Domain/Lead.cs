using Crm.SharedKernel.Domain;
using Crm.SharedKernel.Results;

namespace Crm.Sales.Domain;

public enum LeadStatus
{
    New,
    Working,
    Qualified,
    Disqualified,
    Converted,
}

/// <summary>
/// A prospect not yet a customer: captured by hand, by import, or (later) from marketing. Worked through
/// new → working → qualified (or disqualified, with a reason) and finally converted into a contact, maybe an
/// account and an opportunity. Every status change is kept (<see cref="LeadStatusChange"/>) and travels to the
/// new contact's timeline on conversion.
/// </summary>
internal sealed class Lead : AggregateRoot, IOwned
{
    private Lead() { }

    public string FullName { get; private set; } = "";
    public string? Company { get; private set; }
    public string? JobTitle { get; private set; }
    public string? Email { get; private set; }
    public string? Phone { get; private set; }
    public string? Source { get; private set; }
    /// <summary>0–100, set by people or (later) by marketing's scoring.</summary>
    public int? Score { get; private set; }
    public string? Notes { get; private set; }
    public LeadStatus Status { get; private set; } = LeadStatus.New;
    public string? DisqualifyReason { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public DateTimeOffset? ConvertedAt { get; private set; }
    public Guid? ContactId { get; private set; }
    public Guid? AccountId { get; private set; }
    public Guid? OpportunityId { get; private set; }

    public static Lead Create(string fullName, Guid ownerId, Guid? teamId) => new() { FullName = fullName.Trim(), OwnerId = ownerId, TeamId = teamId };

    public void Update(string fullName, string? company, string? jobTitle, string? email, string? phone, string? source, int? score, string? notes)
    {
        FullName = fullName.Trim();
        Company = string.IsNullOrWhiteSpace(company) ? null : company.Trim();
        JobTitle = jobTitle;
        Email = email?.Trim();
        Phone = phone?.Trim();
        Source = source;
        Score = score;
        Notes = notes;
    }

    public void Assign(Guid ownerId, Guid? teamId)
    {
        OwnerId = ownerId;
        TeamId = teamId;
    }

    /// <summary>
    /// The status flow: new, working and qualified may go to one another (a lead can be re-opened for more work)
    /// or be disqualified with a reason; a disqualified lead may be re-opened as working. Converted is final and
    /// reached only by <see cref="MarkConverted"/>.
    /// </summary>
    public static bool CanMove(LeadStatus from, LeadStatus to) => (from, to) switch
    {
        (LeadStatus.Converted, _) => false,
        (_, LeadStatus.Converted) => false,
        (LeadStatus.Disqualified, LeadStatus.Working) => true,
        (LeadStatus.Disqualified, _) => false,
        _ => from != to,
    };

    public Result<LeadStatusChange> ChangeStatus(LeadStatus to, string? reason, Guid actorId, DateTimeOffset at)
    {
        if (Status == LeadStatus.Converted) return SalesErrors.LeadConverted;
        if (!CanMove(Status, to)) return SalesErrors.LeadStatusTransition(Status.ToString(), to.ToString());
        var change = LeadStatusChange.Record(Id, Status, to, reason, actorId, at);
        Status = to;
        DisqualifyReason = to == LeadStatus.Disqualified ? reason?.Trim() : null;
        return change;
    }

    public Result<LeadStatusChange> MarkConverted(Guid contactId, Guid? accountId, Guid? opportunityId, Guid actorId, DateTimeOffset at)
    {
        if (Status == LeadStatus.Converted) return SalesErrors.LeadConverted;
        if (Status != LeadStatus.Qualified) return SalesErrors.LeadNotQualified;
        var change = LeadStatusChange.Record(Id, Status, LeadStatus.Converted, null, actorId, at);
        Status = LeadStatus.Converted;
        ConvertedAt = at;
        ContactId = contactId;
        AccountId = accountId;
        OpportunityId = opportunityId;
        return change;
    }
}

/// <summary>One step in a lead's status history (the first has no <see cref="From"/>: the lead was captured).</summary>
internal sealed class LeadStatusChange : Entity
{
    private LeadStatusChange() { }

    public Guid LeadId { get; private set; }
    public LeadStatus? From { get; private set; }
    public LeadStatus To { get; private set; }
    public string? Reason { get; private set; }
    public Guid ActorId { get; private set; }
    public DateTimeOffset ChangedAt { get; private set; }

    public static LeadStatusChange Record(Guid leadId, LeadStatus? from, LeadStatus to, string? reason, Guid actorId, DateTimeOffset at) =>
        new() { LeadId = leadId, From = from, To = to, Reason = reason?.Trim(), ActorId = actorId, ChangedAt = at };

    /// <summary>How the step reads on a customer's timeline.</summary>
    public string Title => From is null ? "Lead captured" : $"Lead {To.ToString().ToLowerInvariant()}";
}
