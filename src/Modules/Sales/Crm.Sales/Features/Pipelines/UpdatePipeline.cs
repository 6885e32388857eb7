using System.Text.Json.Serialization;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Pipelines;

/// <summary>
/// Renames a pipeline, reorders/edits/adds/removes its stages (send the full list; keep a stage by its id), makes it
/// the default or retires it (inactive: no new deals). A stage that still holds opportunities cannot be removed.
/// </summary>
public sealed record UpdatePipeline(string Name, IReadOnlyList<PipelineStageInput> Stages, uint Version, bool IsDefault = false, bool IsActive = true)
    : ICommand<Result<PipelineDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdatePipelineValidator : AbstractValidator<UpdatePipeline>
{
    public UpdatePipelineValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(100);
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.Stages).StageList();
        RuleForEach(c => c.Stages).SetValidator(new PipelineStageInputValidator());
    }
}

internal sealed class UpdatePipelineHandler(SalesDbContext db) : ICommandHandler<UpdatePipeline, Result<PipelineDetails>>
{
    public async ValueTask<Result<PipelineDetails>> Handle(UpdatePipeline cmd, CancellationToken ct)
    {
        var pipeline = await db.Pipelines.Include(p => p.Stages).FirstOrDefaultAsync(p => p.Id == cmd.Id, ct);
        if (pipeline is null) return SalesErrors.PipelineNotFound(cmd.Id);
        if (await db.CheckAsync(pipeline, cmd.Version, "pipeline", async () => await db.DetailsAsync(pipeline.Id, ct)) is { } stale) return stale;
        var name = cmd.Name.Trim();
        if (name != pipeline.Name && await db.Pipelines.AnyAsync(p => p.Name == name, ct)) return SalesErrors.PipelineNameTaken(name);

        var kept = cmd.Stages.Where(s => s.Id is not null).Select(s => s.Id!.Value).ToHashSet();
        if (kept.Any(id => pipeline.Stages.All(s => s.Id != id)))
            return Error.Validation("stages", "A stage id does not belong to this pipeline; leave the id out to add a stage.");
        var removed = pipeline.Stages.Where(s => !kept.Contains(s.Id)).ToList();
        foreach (var stage in removed)
            if (await db.Opportunities.AnyAsync(o => o.StageId == stage.Id, ct)) return SalesErrors.StageInUse(stage.Name);

        if (cmd.IsDefault && !pipeline.IsDefault) await db.ClearDefaultAsync(pipeline.Id, ct);
        // The default moves by making another pipeline the default; it is never simply switched off.
        pipeline.Rename(name, pipeline.IsDefault || cmd.IsDefault, cmd.IsActive);
        pipeline.SetStages(cmd.Stages.ToStages());
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(pipeline.Id, ct);
    }
}
