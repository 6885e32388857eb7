using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Leads;

public sealed record LeadDetails(
    Guid Id,
    string FullName,
    string? Company,
    string? JobTitle,
    string? Email,
    string? Phone,
    string? Source,
    int? Score,
    string? Notes,
    LeadStatus Status,
    string? DisqualifyReason,
    Guid OwnerId,
    Guid? TeamId,
    DateTimeOffset? ConvertedAt,
    Guid? ContactId,
    Guid? AccountId,
    Guid? OpportunityId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version,
    IReadOnlyList<LeadStatusStep> History);

/// <summary>One status change; the first (no <c>from</c>) is the capture.</summary>
public sealed record LeadStatusStep(LeadStatus? From, LeadStatus To, string? Reason, Guid ActorId, DateTimeOffset ChangedAt);

/// <summary>The fields of a lead a person edits, shared by create and update.</summary>
internal interface ILeadFields
{
    string FullName { get; }
    string? Company { get; }
    string? JobTitle { get; }
    string? Email { get; }
    string? Phone { get; }
    string? Source { get; }
    int? Score { get; }
    string? Notes { get; }
}

internal sealed class LeadFieldsValidator : AbstractValidator<ILeadFields>
{
    public LeadFieldsValidator()
    {
        RuleFor(l => l.FullName).NotEmpty().MaximumLength(200);
        RuleFor(l => l.Company).MaximumLength(200);
        RuleFor(l => l.JobTitle).MaximumLength(100);
        RuleFor(l => l.Email).MaximumLength(254).EmailAddress().When(l => !string.IsNullOrEmpty(l.Email));
        RuleFor(l => l.Phone).Matches(@"^\+?[0-9 ()\-.]{6,50}$").WithMessage("Enter a phone number: 6 to 50 digits, spaces, + - ( ) and dots.")
            .When(l => !string.IsNullOrEmpty(l.Phone));
        RuleFor(l => l.Source).MaximumLength(100);
        RuleFor(l => l.Score).InclusiveBetween(0, 100);
        RuleFor(l => l.Notes).MaximumLength(10_000);
    }
}

internal static class LeadAccess
{
    public static async Task<LeadDetails?> FindDetailsAsync(this SalesDbContext db, Guid id, ICurrentUser? user, CancellationToken ct)
    {
        var leads = db.Leads.AsNoTracking().Where(l => l.Id == id);
        if (user is not null) leads = leads.VisibleTo(user);
        var lead = await leads.Select(l => new LeadDetails(l.Id, l.FullName, l.Company, l.JobTitle, l.Email, l.Phone, l.Source, l.Score, l.Notes,
                l.Status, l.DisqualifyReason, l.OwnerId, l.TeamId, l.ConvertedAt, l.ContactId, l.AccountId, l.OpportunityId, l.CreatedAt,
                l.UpdatedAt, l.Version, new List<LeadStatusStep>()))
            .FirstOrDefaultAsync(ct);
        if (lead is null) return null;
        var history = await db.LeadStatusChanges.AsNoTracking().Where(c => c.LeadId == id).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id)
            .Select(c => new LeadStatusStep(c.From, c.To, c.Reason, c.ActorId, c.ChangedAt)).ToListAsync(ct);
        return lead with { History = history };
    }

    public static async Task<LeadDetails> DetailsAsync(this SalesDbContext db, Guid id, CancellationToken ct) => (await db.FindDetailsAsync(id, null, ct))!;

    /// <summary>The lead, tracked, if the caller can see it (404) and the version is current (409 with the lead as it is).</summary>
    public static async Task<Result<Lead>> FindForWriteAsync(this SalesDbContext db, ICurrentUser user, Guid id, uint version, CancellationToken ct)
    {
        var lead = await db.Leads.VisibleTo(user).FirstOrDefaultAsync(l => l.Id == id, ct);
        if (lead is null) return SalesErrors.LeadNotFound(id);
        if (lead.Version != version) return Error.StaleVersion("lead", lead.Version, await db.DetailsAsync(id, ct));
        db.Entry(lead).Property(l => l.Version).OriginalValue = version;
        return lead;
    }
}
