using System.Text.Json.Serialization;
using Crm.Customers.Contracts.IntegrationEvents;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;

namespace Crm.Customers.Features.Accounts;

/// <summary>
/// Merges a duplicate account into this one (the survivor). <c>Fields</c> holds the side-by-side choices
/// (field → survivor | duplicate); other fields keep the survivor's value unless it is empty. Nothing is lost:
/// tags are united, the duplicate's contacts move to the survivor, and so do its interactions, tasks, timeline
/// and classification history. The duplicate goes to the trash pointing at the survivor, and other modules are told.
/// </summary>
public sealed record MergeAccounts(
    Guid DuplicateId,
    uint Version,
    uint DuplicateVersion,
    IReadOnlyDictionary<string, MergeChoice>? Fields = null) : ICommand<Result<AccountDetails>>, IMergeRequest
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class MergeAccountsValidator() : MergeRequestValidator<MergeAccounts>("An account cannot be merged into itself.",
    ["name", "alternateName", "industry", "website", "email", "phone", "address", "source", "notes"]);

internal sealed class MergeAccountsHandler(CustomersDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<MergeAccounts, Result<AccountDetails>>
{
    public async ValueTask<Result<AccountDetails>> Handle(MergeAccounts cmd, CancellationToken ct)
    {
        var foundSurvivor = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!foundSurvivor.IsSuccess) return foundSurvivor.Error;
        var foundDuplicate = await db.FindForWriteAsync(user, cmd.DuplicateId, cmd.DuplicateVersion, ct);
        if (!foundDuplicate.IsSuccess) return foundDuplicate.Error;
        var (survivor, duplicate) = (foundSurvivor.Value, foundDuplicate.Value);
        var now = clock.GetUtcNow();

        var plan = new MergePlan(cmd.Fields);
        survivor.Update(
            plan.Pick("name", survivor.Name, duplicate.Name),
            plan.Pick("alternateName", survivor.AlternateName, duplicate.AlternateName),
            plan.Pick("industry", survivor.Industry, duplicate.Industry),
            plan.Pick("website", survivor.Website, duplicate.Website),
            plan.Pick("email", survivor.Email, duplicate.Email),
            plan.Pick("phone", survivor.Phone, duplicate.Phone),
            plan.Pick("address", survivor.Address, duplicate.Address),
            plan.Pick("source", survivor.Source, duplicate.Source),
            plan.Pick("notes", survivor.Notes, duplicate.Notes));
        await db.MoveAccountActivitiesAsync(duplicate.Id, survivor, ct);
        db.Merge(survivor, duplicate, plan, new AccountsMerged(survivor.Id, duplicate.Id) { OccurredAt = now }, user.Id, now);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(survivor.Id, user, ct);
    }
}
