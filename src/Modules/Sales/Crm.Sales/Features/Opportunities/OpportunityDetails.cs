using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Opportunities;

public sealed record OpportunityDetails(
    Guid Id,
    string Name,
    Guid? AccountId,
    string? AccountName,
    Guid? ContactId,
    string? ContactName,
    Guid PipelineId,
    Guid StageId,
    string StageName,
    StageCategory StageCategory,
    DateTimeOffset StageEnteredAt,
    decimal Amount,
    string Currency,
    decimal Probability,
    DateOnly CloseDate,
    OpportunityStatus Status,
    ForecastCategory ForecastCategory,
    string? NextStep,
    IReadOnlyList<string> Competitors,
    string? Description,
    string? CloseReason,
    DateTimeOffset? ClosedAt,
    Guid? LeadId,
    Guid OwnerId,
    Guid? TeamId,
    IReadOnlyList<OpportunityLineDetails> Lines,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    uint Version);

public sealed record OpportunityLineDetails(Guid Id, Guid ProductId, string ProductName, decimal Quantity, decimal UnitPrice, decimal DiscountPercent, decimal NetAmount);

internal static class OpportunityAccess
{
    public static async Task<OpportunityDetails?> FindDetailsAsync(this SalesDbContext db, Guid id, ICurrentUser? user, ICustomerDirectory customers,
        CancellationToken ct)
    {
        var opportunities = db.Opportunities.AsNoTracking().Where(o => o.Id == id);
        if (user is not null) opportunities = opportunities.VisibleTo(user);
        var o = await opportunities
            .Select(o => new OpportunityDetails(o.Id, o.Name, o.AccountId, null, o.ContactId, null, o.PipelineId, o.StageId,
                db.Stages.Where(s => s.Id == o.StageId).Select(s => s.Name).First(),
                db.Stages.Where(s => s.Id == o.StageId).Select(s => s.Category).First(),
                o.StageEnteredAt, o.Amount, o.Currency, o.Probability, o.CloseDate, o.Status, o.ForecastCategory, o.NextStep, o.Competitors,
                o.Description, o.CloseReason, o.ClosedAt, o.LeadId, o.OwnerId, o.TeamId,
                o.Lines.OrderBy(l => l.ProductName).Select(l => new OpportunityLineDetails(l.Id, l.ProductId, l.ProductName, l.Quantity, l.UnitPrice,
                    l.DiscountPercent, l.NetAmount)).ToList(),
                o.CreatedAt, o.UpdatedAt, o.Version))
            .FirstOrDefaultAsync(ct);
        if (o is null) return null;
        var accounts = o.AccountId is { } a ? await customers.GetAccountNamesAsync([a], ct) : new Dictionary<Guid, string>();
        var contacts = o.ContactId is { } c ? await customers.GetContactNamesAsync([c], ct) : new Dictionary<Guid, string>();
        return o with
        {
            AccountName = o.AccountId is { } ai ? accounts.GetValueOrDefault(ai) : null,
            ContactName = o.ContactId is { } ci ? contacts.GetValueOrDefault(ci) : null,
        };
    }

    public static async Task<OpportunityDetails> DetailsAsync(this SalesDbContext db, Guid id, ICustomerDirectory customers, CancellationToken ct) =>
        (await db.FindDetailsAsync(id, null, customers, ct))!;

    /// <summary>The opportunity (tracked, with its lines when asked) if the caller can see it (404) and the version is current (409).</summary>
    public static async Task<Result<Opportunity>> FindForWriteAsync(this SalesDbContext db, ICurrentUser user, Guid id, uint version,
        ICustomerDirectory customers, CancellationToken ct, bool withLines = false)
    {
        var query = db.Opportunities.VisibleTo(user);
        if (withLines) query = query.Include(o => o.Lines);
        var o = await query.FirstOrDefaultAsync(x => x.Id == id, ct);
        if (o is null) return SalesErrors.OpportunityNotFound(id);
        if (o.Version != version) return Error.StaleVersion("opportunity", o.Version, await db.DetailsAsync(id, customers, ct));
        db.Entry(o).Property(x => x.Version).OriginalValue = version;
        return o;
    }
}

/// <summary>Opening a deal, shared by creating one and converting a lead: the pipeline (given or default) and its first open stage.</summary>
internal static class OpportunityOpening
{
    public static async Task<Result<Pipeline>> PipelineAsync(this SalesDbContext db, Guid? pipelineId, CancellationToken ct)
    {
        var pipeline = pipelineId is { } id
            ? await db.Pipelines.Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == id, ct)
            : await db.Pipelines.Include(p => p.Stages).FirstOrDefaultAsync(p => p.IsDefault, ct);
        if (pipeline is null) return pipelineId is { } missing ? SalesErrors.PipelineNotFound(missing) : SalesErrors.NoDefaultPipeline;
        if (!pipeline.IsActive) return Error.Validation("pipelineId", "The pipeline is retired; choose an active one.");
        return pipeline;
    }

    public static Opportunity Open(this SalesDbContext db, Pipeline pipeline, string name, decimal amount, string currency, DateOnly closeDate,
        Guid? accountId, Guid? contactId, Guid ownerId, Guid? teamId, Guid? leadId, Guid actorId, DateTimeOffset at)
    {
        var (opportunity, step) = Opportunity.Open(name, pipeline, pipeline.FirstOpenStage!, amount, currency, closeDate, accountId, contactId,
            ownerId, teamId, leadId, actorId, at);
        db.Opportunities.Add(opportunity);
        db.StageChanges.Add(step);
        return opportunity;
    }
}
