using Crm.Sales.Contracts;
using Crm.SharedKernel.Http;
using Crm.SharedKernel.Security;
using Mediator;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Crm.Sales.Features.Commissions;

internal static class CommissionsEndpoints
{
    public static void MapCommissionsEndpoints(this RouteGroupBuilder sales)
    {
        var rules = sales.MapGroup("/commission-rules").WithTags("Commissions");

        rules.MapPost("/", async (CreateCommissionRule cmd, ISender sender, CancellationToken ct) =>
                (await sender.Send(cmd, ct)).ToCreated(r => $"/api/v1/sales/commission-rules/{r.Id}"))
            .WithName(nameof(CreateCommissionRule))
            .WithSummary("Define a commission rule: a base rate and tiers above quota-attainment thresholds, for one user or everyone.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<CommissionRuleDetails>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);

        rules.MapGet("/", async (ISender sender, CancellationToken ct) => (await sender.Send(new ListCommissionRules(), ct)).ToOk())
            .WithName(nameof(ListCommissionRules))
            .WithSummary("Every commission rule with its tiers.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<IReadOnlyList<CommissionRuleDetails>>();

        rules.MapPut("/{id:guid}", async (Guid id, UpdateCommissionRule cmd, ISender sender, HttpContext http, CancellationToken ct) =>
                (await sender.Send(cmd with { Id = id, Version = ETag.FromIfMatch(http.Request) ?? cmd.Version }, ct)).ToOk(r => r.Version, http))
            .WithName(nameof(UpdateCommissionRule))
            .WithSummary("Replace a commission rule. A stale version is 409.")
            .RequirePermission(SalesPermissions.Manage)
            .Produces<CommissionRuleDetails>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        sales.MapGet("/commissions/statements", async ([AsParameters] GetCommissionStatement query, ISender sender, CancellationToken ct) =>
                (await sender.Send(query, ct)).ToOk())
            .WithTags("Commissions")
            .WithName(nameof(GetCommissionStatement))
            .WithSummary("A rep's commission statement for a period: attainment, rate and commission per order line. Others' need sales.manage.")
            .RequirePermission(SalesPermissions.Read)
            .Produces<CommissionStatement>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
