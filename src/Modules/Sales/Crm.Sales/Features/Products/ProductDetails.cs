using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Products;

public sealed record ProductDetails(
    Guid Id, string Code, string Name, string? Description, string Unit, bool IsActive, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, uint Version);

internal static class ProductProjection
{
    public static IQueryable<ProductDetails> ToDetails(this IQueryable<Product> products) =>
        products.Select(p => new ProductDetails(p.Id, p.Code, p.Name, p.Description, p.Unit, p.IsActive, p.CreatedAt, p.UpdatedAt, p.Version));

    public static Task<ProductDetails> DetailsAsync(this SalesDbContext db, Guid id, CancellationToken ct) =>
        db.Products.AsNoTracking().Where(p => p.Id == id).ToDetails().FirstAsync(ct);
}
