using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Leads;

/// <summary>
/// The caller's leads (own, team's or all, as their role says), newest first, keyset-paged on (created_at, id);
/// <c>q</c> matches name, company or email; filters by status, owner, team and source.
/// </summary>
public sealed record SearchLeads(
    string? Q = null,
    LeadStatus? Status = null,
    Guid? OwnerId = null,
    Guid? TeamId = null,
    string? Source = null,
    string? Cursor = null,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<LeadSummary>>>;

public sealed record LeadSummary(
    Guid Id, string FullName, string? Company, string? Email, string? Source, int? Score, LeadStatus Status, Guid OwnerId, Guid? TeamId,
    DateTimeOffset CreatedAt, uint Version);

internal sealed class SearchLeadsValidator : AbstractValidator<SearchLeads>
{
    public SearchLeadsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Source).MaximumLength(100);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.Limit).PageLimit();
        RuleFor(q => q.Cursor).MomentCursor();
    }
}

internal sealed class SearchLeadsHandler(SalesDbContext db, ICurrentUser user) : IQueryHandler<SearchLeads, Result<Page<LeadSummary>>>
{
    public async ValueTask<Result<Page<LeadSummary>>> Handle(SearchLeads q, CancellationToken ct)
    {
        var leads = db.Leads.AsNoTracking().VisibleTo(user);
        if (q.Status is { } status) leads = leads.Where(l => l.Status == status);
        if (q.OwnerId is { } owner) leads = leads.Where(l => l.OwnerId == owner);
        if (q.TeamId is { } team) leads = leads.Where(l => l.TeamId == team);
        if (!string.IsNullOrWhiteSpace(q.Source)) leads = leads.Where(l => l.Source == q.Source);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = $"%{q.Q.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            leads = leads.Where(l => EF.Functions.ILike(l.FullName, term, "\\") || EF.Functions.ILike(l.Company ?? "", term, "\\")
                || EF.Functions.ILike(l.Email ?? "", term, "\\"));
        }
        if (Cursors.Decode(q.Cursor) is { } after) leads = leads.After(l => l.CreatedAt, Cursors.Moment(after)!.Value, after.Id, descending: true);
        return await leads.OrderByKey(l => l.CreatedAt, descending: true)
            .Select(l => new LeadSummary(l.Id, l.FullName, l.Company, l.Email, l.Source, l.Score, l.Status, l.OwnerId, l.TeamId, l.CreatedAt, l.Version))
            .ToPageAsync(q.Limit, l => Cursors.Of(l.CreatedAt, l.Id), ct);
    }
}
