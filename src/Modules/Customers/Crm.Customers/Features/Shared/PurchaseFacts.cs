namespace Crm.Customers.Features.Shared;

/// <summary>
/// What a customer bought, from Sales' orders (placed and not cancelled): first and last order, how many, and their
/// total value in the company currency (<see cref="Currency"/>; null when there are no orders).
/// </summary>
public sealed record PurchaseFacts(DateTimeOffset? FirstOrderAt, DateTimeOffset? LastOrderAt, int OrderCount, decimal TotalValue, string? Currency);
