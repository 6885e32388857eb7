using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Opportunities;

/// <summary>
/// The caller's deals (own/team/all by role), by close date then id (keyset), filtered by status, owner, team,
/// pipeline, stage, customer, close-date range or name.
/// </summary>
public sealed record SearchOpportunities(
    string? Q = null,
    OpportunityStatus? Status = null,
    Guid? OwnerId = null,
    Guid? TeamId = null,
    Guid? PipelineId = null,
    Guid? StageId = null,
    Guid? AccountId = null,
    Guid? ContactId = null,
    DateOnly? CloseFrom = null,
    DateOnly? CloseTo = null,
    string? Cursor = null,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<OpportunitySummary>>>;

public sealed record OpportunitySummary(
    Guid Id, string Name, Guid? AccountId, string? AccountName, Guid? ContactId, string? ContactName, Guid PipelineId, Guid StageId, string StageName,
    decimal Amount, string Currency, decimal Probability, DateOnly CloseDate, OpportunityStatus Status, ForecastCategory ForecastCategory,
    string? NextStep, DateTimeOffset StageEnteredAt, Guid OwnerId, Guid? TeamId, uint Version);

internal sealed class SearchOpportunitiesValidator : AbstractValidator<SearchOpportunities>
{
    public SearchOpportunitiesValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Status).IsInEnum();
        RuleFor(q => q.CloseTo).GreaterThanOrEqualTo(q => q.CloseFrom).When(q => q.CloseFrom is not null && q.CloseTo is not null);
        RuleFor(q => q.Limit).PageLimit();
        RuleFor(q => q.Cursor).DayCursor();
    }
}

internal sealed class SearchOpportunitiesHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers)
    : IQueryHandler<SearchOpportunities, Result<Page<OpportunitySummary>>>
{
    public async ValueTask<Result<Page<OpportunitySummary>>> Handle(SearchOpportunities q, CancellationToken ct)
    {
        var deals = db.Opportunities.AsNoTracking().VisibleTo(user);
        if (q.Status is { } status) deals = deals.Where(o => o.Status == status);
        if (q.OwnerId is { } owner) deals = deals.Where(o => o.OwnerId == owner);
        if (q.TeamId is { } team) deals = deals.Where(o => o.TeamId == team);
        if (q.PipelineId is { } pipeline) deals = deals.Where(o => o.PipelineId == pipeline);
        if (q.StageId is { } stage) deals = deals.Where(o => o.StageId == stage);
        if (q.AccountId is { } account) deals = deals.Where(o => o.AccountId == account);
        if (q.ContactId is { } contact) deals = deals.Where(o => o.ContactId == contact);
        if (q.CloseFrom is { } from) deals = deals.Where(o => o.CloseDate >= from);
        if (q.CloseTo is { } to) deals = deals.Where(o => o.CloseDate <= to);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = $"%{q.Q.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            deals = deals.Where(o => EF.Functions.ILike(o.Name, term, "\\"));
        }
        if (Cursors.Decode(q.Cursor) is { } after) deals = deals.After(o => o.CloseDate, Cursors.Day(after)!.Value, after.Id, descending: false);
        var page = await deals.OrderByKey(o => o.CloseDate, descending: false)
            .Select(o => new OpportunitySummary(o.Id, o.Name, o.AccountId, null, o.ContactId, null, o.PipelineId, o.StageId,
                db.Stages.Where(s => s.Id == o.StageId).Select(s => s.Name).First(), o.Amount, o.Currency, o.Probability, o.CloseDate, o.Status,
                o.ForecastCategory, o.NextStep, o.StageEnteredAt, o.OwnerId, o.TeamId, o.Version))
            .ToPageAsync(q.Limit, o => Cursors.Of(o.CloseDate, o.Id), ct);
        return page with { Items = await page.Items.WithCustomerNamesAsync(customers, ct) };
    }
}

internal static class CustomerNames
{
    /// <summary>Account and contact names for a page of deals: two look-ups per page, not per row.</summary>
    public static async Task<IReadOnlyList<OpportunitySummary>> WithCustomerNamesAsync(this IReadOnlyList<OpportunitySummary> rows,
        ICustomerDirectory customers, CancellationToken ct)
    {
        var accounts = await customers.GetAccountNamesAsync([.. rows.Where(r => r.AccountId is not null).Select(r => r.AccountId!.Value).Distinct()], ct);
        var contacts = await customers.GetContactNamesAsync([.. rows.Where(r => r.ContactId is not null).Select(r => r.ContactId!.Value).Distinct()], ct);
        return [.. rows.Select(r => r with
        {
            AccountName = r.AccountId is { } a ? accounts.GetValueOrDefault(a) : null,
            ContactName = r.ContactId is { } c ? contacts.GetValueOrDefault(c) : null,
        })];
    }
}
