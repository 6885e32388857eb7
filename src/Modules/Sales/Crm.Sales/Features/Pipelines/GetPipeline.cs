using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Pipelines;

public sealed record GetPipeline(Guid Id) : IQuery<Result<PipelineDetails>>;

internal sealed class GetPipelineHandler(SalesDbContext db) : IQueryHandler<GetPipeline, Result<PipelineDetails>>
{
    public async ValueTask<Result<PipelineDetails>> Handle(GetPipeline q, CancellationToken ct) =>
        await db.Pipelines.AsNoTracking().Where(p => p.Id == q.Id).ToDetails().FirstOrDefaultAsync(ct) is { } p ? p : SalesErrors.PipelineNotFound(q.Id);
}

/// <summary>Every pipeline with its stages (a handful: not paged), default first.</summary>
public sealed record ListPipelines : IQuery<Result<IReadOnlyList<PipelineDetails>>>;

internal sealed class ListPipelinesHandler(SalesDbContext db) : IQueryHandler<ListPipelines, Result<IReadOnlyList<PipelineDetails>>>
{
    public async ValueTask<Result<IReadOnlyList<PipelineDetails>>> Handle(ListPipelines q, CancellationToken ct) =>
        await db.Pipelines.AsNoTracking().OrderByDescending(p => p.IsDefault).ThenBy(p => p.Name).ToDetails().ToListAsync(ct);
}
