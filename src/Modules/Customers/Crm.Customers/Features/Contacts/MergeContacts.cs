using System.Text.Json.Serialization;
using Crm.Customers.Contracts.IntegrationEvents;
using Crm.Customers.Domain;
using Crm.Customers.Features.Shared;
using Crm.Customers.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
    IReadOnlyDictionary<string, MergeChoice>? Fields = null) : ICommand<Result<ContactDetails>>
{
    /// <summary>From the route.</summary>
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class MergeContactsValidator : AbstractValidator<MergeContacts>
{
    public static readonly string[] MergeableFields =
    [
        "fullName", "alternateName", "jobTitle", "email", "phone", "mobile", "accountId", "address", "source", "notes",
        MergePlan.Tier, MergePlan.Stage, MergePlan.Relationship,
    ];

    public MergeContactsValidator()
    {
        RuleFor(c => c.DuplicateId).NotEmpty().NotEqual(c => c.Id).WithMessage("A contact cannot be merged into itself.");
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.DuplicateVersion).Version();
        RuleFor(c => c.Fields).MergeFields(MergeableFields);
    }
}

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
        survivor.SetTags(survivor.Tags.Concat(duplicate.Tags));
        db.Classify(survivor, plan.Taken(MergePlan.Tier, duplicate.Tier), plan.Taken(MergePlan.Stage, duplicate.Stage),
            plan.Taken(MergePlan.Relationship, duplicate.Relationship), $"Merged with {duplicate.FullName}", user.Id, now);

        await db.MoveContactActivitiesAsync(duplicate.Id, survivor, ct);
        duplicate.MarkMergedInto(survivor.Id, now);
        var merged = new ContactsMerged(survivor.Id, duplicate.Id) { OccurredAt = now };
        db.Timeline.Add(TimelineEntry.Record(MergeTimeline.Kind, $"Merged {duplicate.FullName} into this contact", null, now,
            survivor.AccountId, survivor.Id, TimelineEntry.CustomersSource, merged.Id, user.Id));
        db.Publish(merged);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(survivor.Id, ct);
    }
}
