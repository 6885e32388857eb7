using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.Pipelines;

internal static class PipelinesEndpoints
{
    public static void MapPipelinesEndpoints(this RouteGroupBuilder sales)
    {
        var pipelines = sales.MapGroup("/pipelines").WithTags("Pipelines");

        pipelines.MapPost("/", async (CreatePipeline cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/sales/pipelines/{r.Id}"))
            .WithName(nameof(CreatePipeline))
            .WithSummary("Define a pipeline: ordered stages with default win probabilities and categories (open/won/lost).")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<PipelineDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        pipelines.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListPipelines(), ct)).ToOk())
            .WithName(nameof(ListPipelines))
            .WithSummary("Every pipeline with its stages, default first.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<IReadOnlyList<PipelineDetails>>();

        pipelines.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetPipeline(id), ct)).ToOk(p => p.Version, http))
            .WithName(nameof(GetPipeline))
            .WithSummary("A pipeline with its stages in order.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<PipelineDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        pipelines.MapPut("/{id:guid}", async (Guid id, UpdatePipeline cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(p => p.Version, http))
            .WithName(nameof(UpdatePipeline))
            .WithSummary("Replace a pipeline's name and stage list (keep stages by id). Removing a stage that holds deals is 422; a stale version 409.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<PipelineDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
