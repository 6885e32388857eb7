using Crm.Customers.Contracts.Facade;
using Crm.Platform.Contracts;
using Crm.Sales.Contracts;
using Crm.Sales.Domain;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;

namespace Crm.Sales.Features.Shared;

/// <summary>
/// Who owns a new lead or deal: the caller and their first team unless an owner is named. Naming another owner
/// needs <c>sales.manage</c>, and the user must exist. Also checks that the customers a deal names exist.
/// </summary>
internal sealed class SalesOwnership(ICurrentUser user, IUserDirectory users, ICustomerDirectory customers)
{
    public async Task<Result<(Guid OwnerId, Guid? TeamId)>> ResolveAsync(Guid? ownerId, Guid? teamId, CancellationToken ct)
    {
        if (ownerId is null || ownerId == user.Id)
            return (user.Id, teamId ?? (user.TeamIds.Count > 0 ? user.TeamIds.First() : null));
        if (!user.HasPermission(SalesPermissions.Manage)) return SalesErrors.AssignForbidden;
        if ((await users.GetNamesAsync([ownerId.Value], ct)).Count == 0) return SalesErrors.OwnerNotAUser;
        return (ownerId.Value, teamId);
    }

    /// <summary>The error for an account or contact id that names no live customer, else null.</summary>
    public async Task<Error?> CheckCustomersAsync(Guid? accountId, Guid? contactId, CancellationToken ct)
    {
        if (accountId is { } a && !(await customers.GetAccountNamesAsync([a], ct)).ContainsKey(a)) return SalesErrors.AccountUnknown;
        if (contactId is { } c && !(await customers.GetContactNamesAsync([c], ct)).ContainsKey(c)) return SalesErrors.ContactUnknown;
        return null;
    }
}
