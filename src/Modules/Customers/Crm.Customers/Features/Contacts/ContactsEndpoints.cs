using Crm.Customers.Contracts;
using Crm.Customers.Features.Shared;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Customers.Features.Contacts;

internal static class ContactsEndpoints
{
    public static void MapContactsEndpoints(this RouteGroupBuilder customers)
    {
        var contacts = customers.MapGroup("/contacts").WithTags("Contacts");

        contacts.MapPost("/", async (CreateContact cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/customers/contacts/{r.Id}"))
            .WithName(nameof(CreateContact))
            .WithSummary("Create a contact. Likely duplicates answer 409 with the candidates unless allowDuplicate is set.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<ContactCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        contacts.MapGet("/", async ([AsParameters] SearchContacts query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithName(nameof(SearchContacts))
            .WithSummary("Search and filter contacts, keyset-paged; by name unless sort is given, newest first when searching. Look-alikes of the search text (typos) follow exact matches, flagged fuzzy.")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<Page<ContactSummary>>()
            .ProducesValidationProblem();

        contacts.MapGet("/export", async ([AsParameters] ExportContacts query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToCsv(e => e.FileName, e => e.Rows))
            .WithName(nameof(ExportContacts))
            .WithSummary("Download the contacts that match the list's filters as CSV (UTF-8 with BOM, for Excel).")
            .RequirePermission(CustomersPermissions.Read)
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesValidationProblem();

        contacts.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetContact(id), ct)).ToOk(c => c.Version, http))
            .WithName(nameof(GetContact))
            .WithSummary("A contact with its classification, owner and version (also sent as ETag).")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<ContactDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        contacts.MapPut("/{id:guid}", async (Guid id, UpdateContact cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(c => c.Version, http))
            .WithName(nameof(UpdateContact))
            .WithSummary("Replace a contact's editable fields. Send the version read (body or If-Match); a stale one is 409 with the current contact; likely duplicates are 409 unless allowDuplicate.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<ContactDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        contacts.MapDelete("/{id:guid}", async (Guid id, uint? version, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new DeleteContact(id, version ?? ETag.FromIfMatch(http.Request) ?? 0), ct)).ToNoContent())
            .WithName(nameof(DeleteContact))
            .WithSummary("Move a contact to the trash. Send the version read (?version= or If-Match); a stale one is 409.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        contacts.MapPost("/{id:guid}/restore", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new RestoreContact(id), ct)).ToOk(c => c.Version, http))
            .WithName(nameof(RestoreContact))
            .WithSummary("Take a contact out of the trash (list the trash with deleted=true).")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<ContactDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);

        contacts.MapPost("/{id:guid}/classification", async (Guid id, ClassifyContact cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id }, ct)).ToOk(c => c.Version, http))
            .WithName(nameof(ClassifyContact))
            .WithSummary("Change a contact's tier, lifecycle stage and/or relationship status, with a reason; each change is kept in its history.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<ContactDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        contacts.MapGet("/{id:guid}/classification-history",
                async (Guid id, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                    (await sender.Send(new GetContactClassificationHistory(id, cursor, limit ?? Cursor.DefaultLimit), ct)).ToOk())
            .WithName(nameof(GetContactClassificationHistory))
            .WithSummary("How a contact's tier, stage and relationship changed, newest first.")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<Page<ClassificationHistoryEntry>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        contacts.MapPost("/{id:guid}/assign", async (Guid id, AssignContact cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id }, ct)).ToOk(c => c.Version, http))
            .WithName(nameof(AssignContact))
            .WithSummary("Give a contact to another owner and team; its interactions and tasks follow it.")
            .RequirePermission(CustomersPermissions.Manage)
            .Produces<ContactDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        contacts.MapPost("/{id:guid}/merge", async (Guid id, MergeContacts cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id }, ct)).ToOk(c => c.Version, http))
            .WithName(nameof(MergeContacts))
            .WithSummary("Merge a duplicate into this contact, choosing field by field; the duplicate's activities and history move here.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<ContactDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        contacts.MapGet("/{id:guid}/history", async (Guid id, string? cursor, int? limit, ISender sender, CancellationToken ct) =>
                (await sender.Send(new GetContactHistory(id, cursor, limit ?? Cursor.DefaultLimit), ct)).ToOk())
            .WithName(nameof(GetContactHistory))
            .WithSummary("Who changed what on a contact and when (the audit trail), newest first.")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<Page<AuditRecord>>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
