namespace Crm.Customers.Domain;

/// <summary>A postal address, stored in its owner's row.</summary>
public sealed record Address(string? Line1, string? Line2, string? City, string? Region, string? PostalCode, string? Country)
{
    public static readonly Address Empty = new(null, null, null, null, null, null);
}
