using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.Leads;

internal static class LeadsEndpoints
{
    private const long MaxImportBytes = 2 * 1024 * 1024;

    public static void MapLeadsEndpoints(this RouteGroupBuilder sales)
    {
        var leads = sales.MapGroup("/leads").WithTags("Leads");

        leads.MapPost("/", async (CreateLead cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/sales/leads/{r.Id}"))
            .WithName(nameof(CreateLead))
            .WithSummary("Capture a lead (status new), owned by the caller unless a manager names another owner.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<LeadDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden);

        leads.MapPost("/import", async (IFormFile? file, [FromForm] bool? dryRun, ISender sender, CancellationToken ct) =>
            {
                await using var csv = file?.OpenReadStream();
                return (await sender.Send(new ImportLeads(csv, dryRun ?? false), ct)).ToOk();
            })
            .WithName(nameof(ImportLeads))
            .WithSummary("Import leads from a CSV file (multipart: file, dryRun?); each row is captured like CreateLead or reported with its row number.")
            .RequirePermission(SalesPermissions.Write)
            .DisableAntiforgery()
            .WithMetadata(new RequestSizeLimitAttribute(MaxImportBytes))
            .WithFormOptions(multipartBodyLengthLimit: MaxImportBytes)
            .Produces<LeadImportReport>()
            .ProducesValidationProblem();

        leads.MapGet("/", async ([AsParameters] SearchLeads query, ISender sender, CancellationToken ct) => (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(SearchLeads))
            .WithSummary("The caller's leads (own/team/all by role), newest first, keyset-paged; filter by status, owner, team, source or text.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<Page<LeadSummary>>()
            .ProducesValidationProblem();

        leads.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetLead(id), ct)).ToOk(l => l.Version, http))
            .WithName(nameof(GetLead))
            .WithSummary("A lead with its status history and version (ETag).")
            .RequirePermission(SalesPermissions.Read)
            .Produces<LeadDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        leads.MapPut("/{id:guid}", async (Guid id, UpdateLead cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(l => l.Version, http))
            .WithName(nameof(UpdateLead))
            .WithSummary("Replace a lead's fields. A stale version is 409; a converted lead is read-only (422).")
            .RequirePermission(SalesPermissions.Write)
            .Produces<LeadDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        leads.MapPost("/{id:guid}/status", async (Guid id, ChangeLeadStatus cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(l => l.Version, http))
            .WithName(nameof(ChangeLeadStatus))
            .WithSummary("Move a lead to working or qualified, or disqualify it with a reason.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<LeadDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

        leads.MapPost("/{id:guid}/convert", async (Guid id, ConvertLead cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk())
            .WithName(nameof(ConvertLead))
            .WithSummary("Convert a qualified lead into a contact (+ account for its company, + optional opportunity) in one transaction; " +
                         "an existing contact with the same email is reused.")
            .RequirePermission(SalesPermissions.Write)
            .Produces<LeadConversion>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
