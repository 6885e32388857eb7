using Crm.Customers.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Customers.Features.Interactions;

internal static class InteractionsEndpoints
{
    public static void MapInteractionsEndpoints(this RouteGroupBuilder customers)
    {
        var interactions = customers.MapGroup("/interactions").WithTags("Interactions");

        interactions.MapPost("/", async (LogInteraction cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/customers/interactions/{r.Id}"))
            .WithName(nameof(LogInteraction))
            .WithSummary("Log a call, email, visit… with a contact and/or account; it also appears on their timelines.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<InteractionLogged>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        interactions.MapGet("/", async ([AsParameters] ListInteractions query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(ListInteractions))
            .WithSummary("Interactions you can see, newest first; filter by contact, account, channel, staff member and time.")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<Page<InteractionSummary>>()
            .ProducesValidationProblem();

        interactions.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetInteraction(id), ct)).ToOk(i => i.Version, http))
            .WithName(nameof(GetInteraction))
            .WithSummary("An interaction with its body, author and version (also sent as ETag).")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<InteractionDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        interactions.MapPut("/{id:guid}", async (Guid id, UpdateInteraction cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id }, ct)).ToOk(i => i.Version, http))
            .WithName(nameof(UpdateInteraction))
            .WithSummary("Correct an interaction. Send the version you read; a stale one answers 409 with the current interaction.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<InteractionDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        interactions.MapDelete("/{id:guid}", async (Guid id, uint? version, HttpRequest request, ISender sender, CancellationToken ct) =>
                (await sender.Send(new DeleteInteraction(id, version ?? ETag.FromIfMatch(request)), ct)).ToNoContent())
            .WithName(nameof(DeleteInteraction))
            .WithSummary("Delete an interaction and its timeline line: its author or a manager only. Version as ?version= or If-Match.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
