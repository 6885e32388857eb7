using System.Text.Json.Serialization;
using Crm.Customers.Contracts.Facade;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Sales.Features.Opportunities;

/// <summary>Gives a deal to another owner and team (managers: sales.manage).</summary>
public sealed record AssignOpportunity(Guid OwnerId, uint Version, Guid? TeamId = null) : ICommand<Result<OpportunityDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class AssignOpportunityValidator : AbstractValidator<AssignOpportunity>
{
    public AssignOpportunityValidator()
    {
        RuleFor(c => c.OwnerId).NotEmpty();
        RuleFor(c => c.Version).Version();
    }
}

internal sealed class AssignOpportunityHandler(SalesDbContext db, ICurrentUser user, SalesOwnership ownership, ICustomerDirectory customers)
    : ICommandHandler<AssignOpportunity, Result<OpportunityDetails>>
{
    public async ValueTask<Result<OpportunityDetails>> Handle(AssignOpportunity cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, ct);
        if (!found.IsSuccess) return found.Error;
        var owner = await ownership.ResolveAsync(cmd.OwnerId, cmd.TeamId, ct);
        if (!owner.IsSuccess) return owner.Error;
        found.Value.Assign(owner.Value.OwnerId, owner.Value.TeamId);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(cmd.Id, customers, ct);
    }
}
