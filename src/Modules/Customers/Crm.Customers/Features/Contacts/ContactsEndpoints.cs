using Crm.Customers.Contracts;
using Crm.SharedKernel.Http;
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
            .ProducesProblem(StatusCodes.Status409Conflict);

        contacts.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetContact(id), ct)).ToOk(c => c.Version, http))
            .WithName(nameof(GetContact))
            .WithSummary("A contact with its classification, owner and version (also sent as ETag).")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<ContactDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
