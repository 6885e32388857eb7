using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.Opportunities;

internal static class OpportunitiesEndpoints
{
    public static void MapOpportunitiesEndpoints(this RouteGroupBuilder sales)
    {
        var deals = sales.MapGroup("/opportunities").WithTags("Opportunities");

        deals.MapPost("/", async (CreateOpportunity cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/sales/opportunities/{r.Id}"))
            .WithName(nameof(CreateOpportunity))
            .WithSummary("Open a deal with an account and/or contact in the first stage of a pipeline (default unless named).")
            .RequirePermission(SalesPermissions.Write)
            .Produces<OpportunityDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        deals.MapGet("/", async ([AsParameters] SearchOpportunities query, ISender sender, CancellationToken ct) => (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(SearchOpportunities))
            .WithSummary("The caller's deals (own/team/all by role) by close date, keyset-paged, with filters.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<Page<OpportunitySummary>>()
            .ProducesValidationProblem();

        deals.MapGet("/board", async ([AsParameters] GetPipelineBoard query, ISender sender, CancellationToken ct) => (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(GetPipelineBoard))
            .WithSummary("A pipeline's kanban: stages with their deals, counts, totals in the company currency and average days in stage.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<PipelineBoard>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        deals.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetOpportunity(id), ct)).ToOk(o => o.Version, http))
            .WithName(nameof(GetOpportunity))
            .WithSummary("A deal with its lines, stage and version (ETag).")
            .RequirePermission(SalesPermissions.Read)
            .Produces<OpportunityDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        deals.MapPut("/{id:guid}", async (Guid id, UpdateOpportunity cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(o => o.Version, http))
            .WithName(nameof(UpdateOpportunity))
            .WithSummary("Replace a deal's fields (not stage, owner or lines). A stale version is 409.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<OpportunityDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        deals.MapPut("/{id:guid}/lines", async (Guid id, SetOpportunityLines cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(o => o.Version, http))
            .WithName(nameof(SetOpportunityLines))
            .WithSummary("Replace a deal's product lines (priced from the default price list unless a unit price is given); the amount becomes their total.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<OpportunityDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        deals.MapPost("/{id:guid}/move", async (Guid id, MoveOpportunity cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(o => o.Version, http))
            .WithName(nameof(MoveOpportunity))
            .WithSummary("Move an open deal to another open stage of its pipeline; the stage history records when.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<OpportunityDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        deals.MapPost("/{id:guid}/win", async (Guid id, WinOpportunity cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(o => o.Version, http))
            .WithName(nameof(WinOpportunity))
            .WithSummary("Close a deal as won (its pipeline's won stage); it then counts as closed won in forecast and quota attainment.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<OpportunityDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        deals.MapPost("/{id:guid}/lose", async (Guid id, LoseOpportunity cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(o => o.Version, http))
            .WithName(nameof(LoseOpportunity))
            .WithSummary("Close a deal as lost, with the reason.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<OpportunityDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        deals.MapPost("/{id:guid}/assign", async (Guid id, AssignOpportunity cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(o => o.Version, http))
            .WithName(nameof(AssignOpportunity))
            .WithSummary("Give a deal to another owner and team.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<OpportunityDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        deals.MapGet("/{id:guid}/stage-history", async (Guid id, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetOpportunityStageHistory(id), ct)).ToOk())
            .WithName(nameof(GetOpportunityStageHistory))
            .WithSummary("The stages a deal went through, with entry/exit times and days in each.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<IReadOnlyList<OpportunityStageStay>>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
