using System.Text.Json.Serialization;
using Crm.Customers.Contracts.Facade;
using Crm.Sales.Contracts.IntegrationEvents;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Opportunities;

/// <summary>Moves an open deal to another open stage of its own pipeline (the kanban drag); the stage history records it.</summary>
public sealed record MoveOpportunity(Guid StageId, uint Version) : ICommand<Result<OpportunityDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class MoveOpportunityValidator : AbstractValidator<MoveOpportunity>
{
    public MoveOpportunityValidator()
    {
        RuleFor(c => c.StageId).NotEmpty();
        RuleFor(c => c.Version).Version();
    }
}

internal sealed class MoveOpportunityHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<MoveOpportunity, Result<OpportunityDetails>>
{
    public async ValueTask<Result<OpportunityDetails>> Handle(MoveOpportunity cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, ct);
        if (!found.IsSuccess) return found.Error;
        var stage = await db.Stages.AsNoTracking().FirstOrDefaultAsync(s => s.Id == cmd.StageId, ct);
        if (stage is null) return Error.Validation("stageId", "No such stage.");
        var moved = found.Value.MoveTo(stage, user.Id, clock.GetUtcNow());
        if (!moved.IsSuccess) return moved.Error;
        await db.RecordStepAsync(found.Value, moved.Value, ct);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(cmd.Id, customers, ct);
    }
}

/// <summary>Closes a deal as won, in its pipeline's won stage; the reason is optional.</summary>
public sealed record WinOpportunity(uint Version, string? Reason = null) : ICommand<Result<OpportunityDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class WinOpportunityValidator : AbstractValidator<WinOpportunity>
{
    public WinOpportunityValidator()
    {
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.Reason).MaximumLength(500);
    }
}

internal sealed class WinOpportunityHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<WinOpportunity, Result<OpportunityDetails>>
{
    public async ValueTask<Result<OpportunityDetails>> Handle(WinOpportunity cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, ct);
        if (!found.IsSuccess) return found.Error;
        var o = found.Value;
        var stage = await db.Stages.AsNoTracking().Where(s => s.PipelineId == o.PipelineId && s.Category == StageCategory.Won)
            .OrderBy(s => s.Position).FirstOrDefaultAsync(ct);
        if (stage is null) return SalesErrors.NoWonStage;
        var now = clock.GetUtcNow();
        var closed = o.Win(stage, cmd.Reason, user.Id, now);
        if (!closed.IsSuccess) return closed.Error;
        await db.RecordStepAsync(o, closed.Value, ct);
        db.Publish(new OpportunityClosed(o.Id, o.Name, o.AccountId, o.ContactId, true, o.Amount, o.Currency, o.CloseReason, user.Id, now) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(cmd.Id, customers, ct);
    }
}

/// <summary>Closes a deal as lost, in its pipeline's lost stage, with the reason (required: it is what loss analysis reads).</summary>
public sealed record LoseOpportunity(string Reason, uint Version) : ICommand<Result<OpportunityDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class LoseOpportunityValidator : AbstractValidator<LoseOpportunity>
{
    public LoseOpportunityValidator()
    {
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.Reason).NotEmpty().MaximumLength(500);
    }
}

internal sealed class LoseOpportunityHandler(SalesDbContext db, ICurrentUser user, ICustomerDirectory customers, TimeProvider clock)
    : ICommandHandler<LoseOpportunity, Result<OpportunityDetails>>
{
    public async ValueTask<Result<OpportunityDetails>> Handle(LoseOpportunity cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, ct);
        if (!found.IsSuccess) return found.Error;
        var o = found.Value;
        var stage = await db.Stages.AsNoTracking().Where(s => s.PipelineId == o.PipelineId && s.Category == StageCategory.Lost)
            .OrderBy(s => s.Position).FirstOrDefaultAsync(ct);
        if (stage is null) return SalesErrors.NoLostStage;
        var now = clock.GetUtcNow();
        var closed = o.Lose(stage, cmd.Reason, user.Id, now);
        if (!closed.IsSuccess) return closed.Error;
        await db.RecordStepAsync(o, closed.Value, ct);
        db.Publish(new OpportunityClosed(o.Id, o.Name, o.AccountId, o.ContactId, false, o.Amount, o.Currency, o.CloseReason, user.Id, now) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(cmd.Id, customers, ct);
    }
}

internal static class StageSteps
{
    /// <summary>Closes the current stay (left at = the new step's entry) and appends the new one.</summary>
    public static async Task RecordStepAsync(this SalesDbContext db, Opportunity o, OpportunityStageChange? step, CancellationToken ct)
    {
        if (step is null) return;
        var current = await db.StageChanges.Where(c => c.OpportunityId == o.Id && c.LeftAt == null).ToListAsync(ct);
        foreach (var c in current) c.Leave(step.EnteredAt);
        db.StageChanges.Add(step);
    }
}
