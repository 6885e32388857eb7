using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Pipelines;

/// <summary>
/// A sales process with ordered stages, each with a default win probability and a category (open, won, lost).
/// The first pipeline becomes the default whatever <c>isDefault</c> says.
/// </summary>
public sealed record CreatePipeline(string Name, IReadOnlyList<PipelineStageInput> Stages, bool IsDefault = false) : ICommand<Result<PipelineDetails>>;

internal sealed class CreatePipelineValidator : AbstractValidator<CreatePipeline>
{
    public CreatePipelineValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Stages).StageList();
        RuleForEach(c => c.Stages).SetValidator(new PipelineStageInputValidator());
    }
}

internal sealed class CreatePipelineHandler(SalesDbContext db) : ICommandHandler<CreatePipeline, Result<PipelineDetails>>
{
    public async ValueTask<Result<PipelineDetails>> Handle(CreatePipeline cmd, CancellationToken ct)
    {
        var name = cmd.Name.Trim();
        if (await db.Pipelines.AnyAsync(p => p.Name == name, ct)) return SalesErrors.PipelineNameTaken(name);
        var isDefault = cmd.IsDefault || !await db.Pipelines.AnyAsync(ct);
        if (isDefault) await db.ClearDefaultAsync(null, ct);
        var pipeline = Pipeline.Create(name, isDefault);
        pipeline.SetStages(cmd.Stages.Select(s => s with { Id = null }).ToStages());
        db.Pipelines.Add(pipeline);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(pipeline.Id, ct);
    }
}
