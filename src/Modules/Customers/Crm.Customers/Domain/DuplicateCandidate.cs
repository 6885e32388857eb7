namespace Crm.Customers.Domain;

/// <summary>An existing record that looks like the one being created, and why (email, phone or name).</summary>
public sealed record DuplicateCandidate(Guid Id, string Name, string? Email, string? Phone, string MatchedOn);
