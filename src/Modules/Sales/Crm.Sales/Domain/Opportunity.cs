using Crm.SharedKernel.Domain;
using Crm.SharedKernel.Results;

namespace Crm.Sales.Domain;

public enum OpportunityStatus
{
    Open,
    Won,
    Lost,
}

/// <summary>
/// The rep's call on an open deal, as in Salesforce: <c>Pipeline</c> (maybe), <c>BestCase</c> (could close),
/// <c>Commit</c> (will close) or <c>Omitted</c> (left out of the forecast). Closed deals are forecast by their status.
/// </summary>
public enum ForecastCategory
{
    Pipeline,
    BestCase,
    Commit,
    Omitted,
}

/// <summary>
/// A deal in progress with an account and/or a contact: amount in a currency, expected close date, owner and team,
/// a stage of its pipeline (with history), product lines, competitors, next step. With lines, the amount is their
/// net total. Closing is explicit: <see cref="Win"/> or <see cref="Lose"/> with a reason.
/// </summary>
internal sealed class Opportunity : AggregateRoot, IOwned
{
    private Opportunity() { }

    public string Name { get; private set; } = "";
    public Guid? AccountId { get; private set; }
    public Guid? ContactId { get; private set; }
    public Guid PipelineId { get; private set; }
    public Guid StageId { get; private set; }
    public DateTimeOffset StageEnteredAt { get; private set; }
    /// <summary>numeric(18,2) in <see cref="Currency"/>.</summary>
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    /// <summary>Win probability in percent, numeric(5,2): the stage's default unless the rep overrides it.</summary>
    public decimal Probability { get; private set; }
    /// <summary>When it is expected to close; set to the actual day when it closes.</summary>
    public DateOnly CloseDate { get; private set; }
    public OpportunityStatus Status { get; private set; }
    public ForecastCategory ForecastCategory { get; private set; }
    public string? NextStep { get; private set; }
    public List<string> Competitors { get; private set; } = [];
    public string? Description { get; private set; }
    public string? CloseReason { get; private set; }
    public DateTimeOffset? ClosedAt { get; private set; }
    /// <summary>Days from opening to closing (2 places), set when it closes: the sales cycle length reports average.</summary>
    public decimal? CycleDays { get; private set; }
    public Guid? LeadId { get; private set; }
    public Guid OwnerId { get; private set; }
    public Guid? TeamId { get; private set; }
    public List<OpportunityLine> Lines { get; private set; } = [];

    public bool IsClosed => Status != OpportunityStatus.Open;

    /// <summary>Opens a deal in the first open stage of its pipeline and records that as the first step of its stage history.</summary>
    public static (Opportunity Opportunity, OpportunityStageChange FirstStep) Open(string name, Pipeline pipeline, PipelineStage stage, decimal amount,
        string currency, DateOnly closeDate, Guid? accountId, Guid? contactId, Guid ownerId, Guid? teamId, Guid? leadId, Guid actorId, DateTimeOffset at)
    {
        var o = new Opportunity
        {
            Name = name.Trim(), PipelineId = pipeline.Id, StageId = stage.Id, StageEnteredAt = at, Amount = Money.Round(amount), Currency = currency,
            Probability = stage.Probability, CloseDate = closeDate, AccountId = accountId, ContactId = contactId, OwnerId = ownerId,
            TeamId = teamId, LeadId = leadId, Status = OpportunityStatus.Open, ForecastCategory = ForecastCategory.Pipeline,
        };
        return (o, OpportunityStageChange.Record(o.Id, null, stage, actorId, at));
    }

    public void Update(string name, Guid? accountId, Guid? contactId, decimal amount, DateOnly closeDate, decimal? probability,
        ForecastCategory forecastCategory, string? nextStep, IEnumerable<string> competitors, string? description)
    {
        Name = name.Trim();
        AccountId = accountId;
        ContactId = contactId;
        if (Lines.Count == 0) Amount = Money.Round(amount);
        CloseDate = closeDate;
        if (probability is { } p && !IsClosed) Probability = p;
        ForecastCategory = forecastCategory;
        NextStep = nextStep;
        Competitors = [.. competitors.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase)];
        Description = description;
    }

    public void Assign(Guid ownerId, Guid? teamId)
    {
        OwnerId = ownerId;
        TeamId = teamId;
    }

    /// <summary>Replaces the product lines; the amount becomes their net total (unchanged when the list is emptied).</summary>
    public void SetLines(IEnumerable<OpportunityLine> lines)
    {
        Lines.Clear();
        Lines.AddRange(lines);
        if (Lines.Count > 0) Amount = Lines.Sum(l => l.NetAmount);
    }

    /// <summary>Moves to another open stage of the same pipeline; the stage's probability becomes the deal's.</summary>
    public Result<OpportunityStageChange?> MoveTo(PipelineStage stage, Guid actorId, DateTimeOffset at)
    {
        if (stage.PipelineId != PipelineId) return SalesErrors.StageNotInPipeline;
        if (IsClosed) return SalesErrors.OpportunityClosed;
        if (stage.Category != StageCategory.Open) return SalesErrors.UseWinOrLose;
        if (stage.Id == StageId) return Result<OpportunityStageChange?>.Ok(null);
        return Enter(stage, actorId, at);
    }

    public Result<OpportunityStageChange?> Win(PipelineStage wonStage, string? reason, Guid actorId, DateTimeOffset at) =>
        Close(wonStage, StageCategory.Won, reason, actorId, at);

    public Result<OpportunityStageChange?> Lose(PipelineStage lostStage, string reason, Guid actorId, DateTimeOffset at) =>
        Close(lostStage, StageCategory.Lost, reason, actorId, at);

    private Result<OpportunityStageChange?> Close(PipelineStage stage, StageCategory category, string? reason, Guid actorId, DateTimeOffset at)
    {
        if (stage.PipelineId != PipelineId) return SalesErrors.StageNotInPipeline;
        if (IsClosed) return SalesErrors.OpportunityClosed;
        if (stage.Category != category) return category == StageCategory.Won ? SalesErrors.NoWonStage : SalesErrors.NoLostStage;
        Status = category == StageCategory.Won ? OpportunityStatus.Won : OpportunityStatus.Lost;
        CloseReason = reason?.Trim();
        ClosedAt = at;
        CycleDays = OpportunityStageChange.Days(CreatedAt, at);
        CloseDate = DateOnly.FromDateTime(at.UtcDateTime);
        return Enter(stage, actorId, at);
    }

    private OpportunityStageChange Enter(PipelineStage stage, Guid actorId, DateTimeOffset at)
    {
        var step = OpportunityStageChange.Record(Id, StageId, stage, actorId, at);
        StageId = stage.Id;
        StageEnteredAt = at;
        Probability = stage.Probability;
        return step;
    }
}

/// <summary>A product on a deal: quantity × unit price less a discount; <see cref="NetAmount"/> is rounded as <see cref="Money"/> says.</summary>
internal sealed class OpportunityLine : Entity
{
    private OpportunityLine() { }

    public Guid OpportunityId { get; private set; }
    public Guid ProductId { get; private set; }
    public string ProductName { get; private set; } = "";
    public decimal Quantity { get; private set; }
    public decimal UnitPrice { get; private set; }
    public decimal DiscountPercent { get; private set; }
    public decimal NetAmount { get; private set; }

    public static OpportunityLine Create(Guid opportunityId, Guid productId, string productName, decimal quantity, decimal unitPrice, decimal discountPercent) =>
        new()
        {
            OpportunityId = opportunityId, ProductId = productId, ProductName = productName, Quantity = quantity, UnitPrice = unitPrice,
            DiscountPercent = discountPercent, NetAmount = LineAmounts.Of(quantity, unitPrice, discountPercent, 0m).Net,
        };
}

/// <summary>
/// One stay of an opportunity in a stage: when it entered and (once it moved on) when it left — the time in stage
/// that shows where deals stall. Rows are appended, and the previous row's <see cref="LeftAt"/> is set, on every move.
/// </summary>
internal sealed class OpportunityStageChange : Entity
{
    private OpportunityStageChange() { }

    public Guid OpportunityId { get; private set; }
    public Guid? FromStageId { get; private set; }
    public Guid StageId { get; private set; }
    public string StageName { get; private set; } = "";
    public StageCategory Category { get; private set; }
    public DateTimeOffset EnteredAt { get; private set; }
    public DateTimeOffset? LeftAt { get; private set; }
    /// <summary>Days spent in the stage (2 places), set when it is left; averaged to show where deals stall.</summary>
    public decimal? DaysInStage { get; private set; }
    public Guid ActorId { get; private set; }

    public static OpportunityStageChange Record(Guid opportunityId, Guid? fromStageId, PipelineStage stage, Guid actorId, DateTimeOffset at) =>
        new()
        {
            OpportunityId = opportunityId, FromStageId = fromStageId, StageId = stage.Id, StageName = stage.Name, Category = stage.Category,
            EnteredAt = at, ActorId = actorId,
        };

    public void Leave(DateTimeOffset at)
    {
        if (LeftAt is not null) return;
        LeftAt = at;
        DaysInStage = Days(EnteredAt, at);
    }

    public static decimal Days(DateTimeOffset from, DateTimeOffset to) =>
        Math.Round((decimal)(to - from).TotalHours / 24m, 2, MidpointRounding.AwayFromZero);
}
