using System.Data.Common;

namespace Crm.Customers.Contracts.Facade;

/// <summary>Who a converted lead turns into: the person, and the company when the lead names one.</summary>
public sealed record CustomerRegistration(
    string FullName,
    string? Email,
    string? Phone,
    string? JobTitle,
    string? CompanyName,
    string? Source,
    Guid OwnerId,
    Guid? TeamId);

/// <summary>The contact (and account) a registration resolved to, and whether each was new.</summary>
public sealed record RegisteredCustomer(Guid ContactId, bool ContactCreated, Guid? AccountId, bool AccountCreated);

/// <summary>
/// Lets another module turn a prospect into a customer (Sales converting a lead) inside the caller's own
/// database transaction, so the customer and the caller's change commit or roll back together.
/// </summary>
public interface ICustomerRegistry
{
    /// <summary>
    /// Finds the live contact with this email (case-insensitive) — whoever owns it — or creates one; likewise
    /// the account by company name. <paramref name="transaction"/> is the caller's open transaction: the
    /// Customers module joins it (same connection) rather than starting its own, and never commits it.
    /// </summary>
    Task<RegisteredCustomer> FindOrCreateAsync(CustomerRegistration registration, DbTransaction transaction, CancellationToken ct);
}
