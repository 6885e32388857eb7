using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Pipelines;

public sealed record PipelineDetails(Guid Id, string Name, bool IsDefault, bool IsActive, IReadOnlyList<PipelineStageDetails> Stages, uint Version);

public sealed record PipelineStageDetails(Guid Id, string Name, int Position, decimal Probability, StageCategory Category);

/// <summary>A stage as an administrator gives it: with the id of an existing stage to keep it (and its deals), without to add one.</summary>
public sealed record PipelineStageInput(string Name, decimal Probability, StageCategory Category, Guid? Id = null);

internal sealed class PipelineStageInputValidator : AbstractValidator<PipelineStageInput>
{
    public PipelineStageInputValidator()
    {
        RuleFor(s => s.Name).NotEmpty().MaximumLength(100);
        RuleFor(s => s.Probability).InclusiveBetween(0m, 100m).PrecisionScale(5, 2, true);
        RuleFor(s => s.Category).IsInEnum();
    }
}

internal static class PipelineStageRules
{
    public static IRuleBuilderOptions<T, IReadOnlyList<PipelineStageInput>> StageList<T>(this IRuleBuilder<T, IReadOnlyList<PipelineStageInput>> rule) =>
        rule.NotNull().Must(s => s.Count is > 0 and <= 30).WithMessage("Give 1 to 30 stages.")
            .Must(s => Pipeline.IsValidStageList([.. s.Select(x => (x?.Name ?? "", x?.Category ?? StageCategory.Open))]))
            .WithMessage("A pipeline needs at least one open, one won and one lost stage, with unique names.");

    public static IReadOnlyList<(Guid? Id, string Name, decimal Probability, StageCategory Category)> ToStages(this IEnumerable<PipelineStageInput> stages) =>
        [.. stages.Select(s => (s.Id, s.Name, s.Probability, s.Category))];
}

internal static class PipelineProjection
{
    public static IQueryable<PipelineDetails> ToDetails(this IQueryable<Pipeline> pipelines) =>
        pipelines.Select(p => new PipelineDetails(p.Id, p.Name, p.IsDefault, p.IsActive,
            p.Stages.OrderBy(s => s.Position).Select(s => new PipelineStageDetails(s.Id, s.Name, s.Position, s.Probability, s.Category)).ToList(),
            p.Version));

    public static Task<PipelineDetails> DetailsAsync(this SalesDbContext db, Guid id, CancellationToken ct) =>
        db.Pipelines.AsNoTracking().Where(p => p.Id == id).ToDetails().FirstAsync(ct);

    /// <summary>Takes the default flag from the current default (saved first: one default at a time is a unique index).</summary>
    public static async Task ClearDefaultAsync(this SalesDbContext db, Guid? except, CancellationToken ct)
    {
        var current = await db.Pipelines.Where(p => p.IsDefault && p.Id != except).ToListAsync(ct);
        if (current.Count == 0) return;
        foreach (var p in current) p.ClearDefault();
        await db.SaveChangesAsync(ct);
    }
}
