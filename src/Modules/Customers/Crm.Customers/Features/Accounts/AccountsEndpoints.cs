using Crm.Customers.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Customers.Features.Accounts;

internal static class AccountsEndpoints
{
    public static void MapAccountsEndpoints(this RouteGroupBuilder customers)
    {
        var accounts = customers.MapGroup("/accounts").WithTags("Accounts");

        accounts.MapPost("/", async (CreateAccount cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/customers/accounts/{r.Id}"))
            .WithName(nameof(CreateAccount))
            .WithSummary("Create an account. Likely duplicates answer 409 with the candidates unless allowDuplicate is set.")
            .RequirePermission(CustomersPermissions.Write)
            .Produces<AccountCreated>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);

        accounts.MapGet("/{id:guid}", async (Guid id, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(new GetAccount(id), ct)).ToOk(a => a.Version, http))
            .WithName(nameof(GetAccount))
            .WithSummary("An account with its classification, owner, contact count and version (also sent as ETag).")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<AccountDetails>()
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
