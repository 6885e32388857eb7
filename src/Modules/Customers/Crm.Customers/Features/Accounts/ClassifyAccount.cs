using System.Text.Json.Serialization;
using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Customers.Features.Accounts;

/// <summary>
/// Changes an account's tier, lifecycle stage and/or relationship status (omitted ones stay). Each changed field
/// is kept in the classification history, with the reason, and shown on the timeline.
/// </summary>
public sealed record ClassifyAccount(
    uint Version,
    CustomerTier? Tier = null,
    LifecycleStage? Stage = null,
    RelationshipStatus? Relationship = null,
    string? Reason = null) : ICommand<Result<AccountDetails>>, IClassifyRequest
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class ClassifyAccountValidator : AbstractValidator<ClassifyAccount>
{
    public ClassifyAccountValidator() => Include(new ClassifyRequestValidator());
}

internal sealed class ClassifyAccountHandler(CustomersDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ClassifyAccount, Result<AccountDetails>>
{
    public async ValueTask<Result<AccountDetails>> Handle(ClassifyAccount cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!found.IsSuccess) return found.Error;

        if (db.Classify(found.Value, cmd.Tier, cmd.Stage, cmd.Relationship, cmd.Reason, user.Id, clock.GetUtcNow()) > 0)
            await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(cmd.Id, user, ct);
    }
}
