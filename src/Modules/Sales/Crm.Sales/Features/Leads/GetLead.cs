using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;

namespace Crm.Sales.Features.Leads;

public sealed record GetLead(Guid Id) : IQuery<Result<LeadDetails>>;

internal sealed class GetLeadHandler(SalesDbContext db, ICurrentUser user) : IQueryHandler<GetLead, Result<LeadDetails>>
{
    public async ValueTask<Result<LeadDetails>> Handle(GetLead q, CancellationToken ct) =>
        await db.FindDetailsAsync(q.Id, user, ct) is { } lead ? lead : SalesErrors.LeadNotFound(q.Id);
}
