using System.Text.Json.Serialization;
using Crm.Customers.Contracts.IntegrationEvents;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using Mediator;

namespace Crm.Customers.Features.Contacts;

/// <summary>
/// Merges a duplicate contact into this one (the survivor). <c>Fields</c> holds the side-by-side choices
/// (field → survivor | duplicate); other fields keep the survivor's value unless it is empty. Nothing is lost:
/// tags are united, and the duplicate's interactions, tasks, timeline and classification history move to the
/// survivor. The duplicate goes to the trash pointing at the survivor, and other modules are told.
/// </summary>
public sealed record MergeContacts(
    Guid DuplicateId,
    uint Version,
    uint DuplicateVersion,
    IReadOnlyDictionary<string, MergeChoice>? Fields = null) : ICommand<Result<ContactDetails>>, IMergeRequest
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class MergeContactsValidator() : MergeRequestValidator<MergeContacts>("A contact cannot be merged into itself.",
    ["fullName", "alternateName", "jobTitle", "email", "phone", "mobile", "accountId", "address", "source", "notes"]);

internal sealed class MergeContactsHandler(CustomersDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<MergeContacts, Result<ContactDetails>>
{
    public async ValueTask<Result<ContactDetails>> Handle(MergeContacts cmd, CancellationToken ct)
    {
        var foundSurvivor = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!foundSurvivor.IsSuccess) return foundSurvivor.Error;
        var foundDuplicate = await db.FindForWriteAsync(user, cmd.DuplicateId, cmd.DuplicateVersion, ct);
        if (!foundDuplicate.IsSuccess) return foundDuplicate.Error;
        var (survivor, duplicate) = (foundSurvivor.Value, foundDuplicate.Value);
        var now = clock.GetUtcNow();

        var plan = new MergePlan(cmd.Fields);
        survivor.Update(
            plan.Pick("fullName", survivor.FullName, duplicate.FullName),
            plan.Pick("alternateName", survivor.AlternateName, duplicate.AlternateName),
            plan.Pick("jobTitle", survivor.JobTitle, duplicate.JobTitle),
            plan.Pick("email", survivor.Email, duplicate.Email),
            plan.Pick("phone", survivor.Phone, duplicate.Phone),
            plan.Pick("mobile", survivor.Mobile, duplicate.Mobile),
            plan.Pick("accountId", survivor.AccountId, duplicate.AccountId),
            plan.Pick("address", survivor.Address, duplicate.Address),
            plan.Pick("source", survivor.Source, duplicate.Source),
            plan.Pick("notes", survivor.Notes, duplicate.Notes));
        await db.MoveContactActivitiesAsync(duplicate.Id, survivor, ct);
        db.Merge(survivor, duplicate, plan, new ContactsMerged(survivor.Id, duplicate.Id) { OccurredAt = now }, user.Id, now);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(survivor.Id, ct);
    }
}
