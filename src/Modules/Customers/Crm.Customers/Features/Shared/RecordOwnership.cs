using Crm.Customers.Domain;
using Crm.Platform.Contracts;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;

namespace Crm.Customers.Features.Shared;

/// <summary>
/// Who owns a new record: the caller and their first team unless an owner is named. Naming another owner
/// needs <c>customers.manage</c>, and the user must exist (as for any later assignment).
/// </summary>
internal sealed class RecordOwnership(ICurrentUser user, IUserDirectory users)
{
    public async Task<Result<(Guid OwnerId, Guid? TeamId)>> ResolveAsync(Guid? ownerId, Guid? teamId, CancellationToken ct)
    {
        if (ownerId is null || ownerId == user.Id)
            return (user.Id, teamId ?? (user.TeamIds.Count > 0 ? user.TeamIds.First() : null));

        if (!user.HasPermission(Crm.Customers.Contracts.CustomersPermissions.Manage))
            return Error.Forbidden("customers.assign_forbidden", "Only managers (customers.manage) may give a record to another owner.");
        if (await CheckOwnerAsync(ownerId.Value, ct) is { } notAUser) return notAUser;
        return (ownerId.Value, teamId);
    }

    /// <summary>The error to answer when <paramref name="ownerId"/> is not a user, else null.</summary>
    public async Task<Error?> CheckOwnerAsync(Guid ownerId, CancellationToken ct) =>
        (await users.GetNamesAsync([ownerId], ct)).Count == 0 ? CustomersErrors.OwnerNotAUser : null;
}
