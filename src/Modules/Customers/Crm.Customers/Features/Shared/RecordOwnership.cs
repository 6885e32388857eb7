using Crm.Platform.Contracts;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;

namespace Crm.Customers.Features.Shared;

/// <summary>
/// Who owns a new record: the caller and their first team unless an owner is named. Naming another owner
/// needs <c>customers.manage</c>, and the user must exist.
/// </summary>
internal sealed class RecordOwnership(ICurrentUser user, IUserDirectory users)
{
    public async Task<Result<(Guid OwnerId, Guid? TeamId)>> ResolveAsync(Guid? ownerId, Guid? teamId, CancellationToken ct)
    {
        if (ownerId is null || ownerId == user.Id)
            return (user.Id, teamId ?? (user.TeamIds.Count > 0 ? user.TeamIds.First() : null));

        if (!user.HasPermission(Crm.Customers.Contracts.CustomersPermissions.Manage))
            return Error.Forbidden("customers.assign_forbidden", "Only managers (customers.manage) may give a record to another owner.");
        var names = await users.GetNamesAsync([ownerId.Value], ct);
        if (names.Count == 0) return Error.Validation("ownerId", "The owner is not a user.");
        return (ownerId.Value, teamId);
    }
}
