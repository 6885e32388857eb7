namespace Crm.Customers.Contracts.Facade;

/// <summary>Names of accounts and contacts for other modules' screens and checks (live records only; unknown ids are absent).</summary>
public interface ICustomerDirectory
{
    Task<IReadOnlyDictionary<Guid, string>> GetAccountNamesAsync(IReadOnlyCollection<Guid> accountIds, CancellationToken ct);
    Task<IReadOnlyDictionary<Guid, string>> GetContactNamesAsync(IReadOnlyCollection<Guid> contactIds, CancellationToken ct);
}

/// <summary>How many interactions (calls, emails, visits…) each staff member logged in a time range, for sales reports.</summary>
public interface IInteractionStatistics
{
    Task<IReadOnlyDictionary<Guid, int>> CountByUserAsync(IReadOnlyCollection<Guid> userIds, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);
}
