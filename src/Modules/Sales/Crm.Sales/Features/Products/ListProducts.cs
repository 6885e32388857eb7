using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Products;

/// <summary>The catalogue by code, keyset-paged; <c>q</c> matches code or name, <c>active</c> filters.</summary>
public sealed record ListProducts(string? Q = null, bool? Active = null, string? Cursor = null, int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit)
    : IQuery<Result<Page<ProductDetails>>>;

internal sealed class ListProductsValidator : AbstractValidator<ListProducts>
{
    public ListProductsValidator()
    {
        RuleFor(q => q.Q).MaximumLength(200);
        RuleFor(q => q.Limit).PageLimit();
        RuleFor(q => q.Cursor).TextCursor();
    }
}

internal sealed class ListProductsHandler(SalesDbContext db) : IQueryHandler<ListProducts, Result<Page<ProductDetails>>>
{
    public async ValueTask<Result<Page<ProductDetails>>> Handle(ListProducts q, CancellationToken ct)
    {
        var products = db.Products.AsNoTracking();
        if (q.Active is { } active) products = products.Where(p => p.IsActive == active);
        if (!string.IsNullOrWhiteSpace(q.Q))
        {
            var term = $"%{q.Q.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_")}%";
            products = products.Where(p => EF.Functions.ILike(p.Code, term, "\\") || EF.Functions.ILike(p.Name, term, "\\"));
        }
        if (Cursors.Decode(q.Cursor) is { } after) products = products.After(p => p.Code, after.Key!, after.Id, descending: false);
        return await products.OrderByKey(p => p.Code, descending: false).ToDetails()
            .ToPageAsync(q.Limit, p => new Cursor(p.Code, p.Id), ct);
    }
}
