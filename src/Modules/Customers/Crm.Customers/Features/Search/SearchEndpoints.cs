using Crm.Customers.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Customers.Features.Search;

internal static class SearchEndpoints
{
    public static void MapSearchEndpoints(this RouteGroupBuilder customers)
    {
        customers.MapGet("/search", async ([AsParameters] SearchCustomers query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithTags("Search")
            .WithName(nameof(SearchCustomers))
            .WithSummary("Find accounts and contacts by any part of a name, alternate name, email or phone, for a search box.")
            .RequirePermission(CustomersPermissions.Read)
            .Produces<CustomerSearchResults>()
            .ProducesValidationProblem();
    }
}
