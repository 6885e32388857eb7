using System.Text.Json.Serialization;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Products;

/// <summary>Replaces a product's fields; deactivate rather than delete (documents keep their products).</summary>
public sealed record UpdateProduct(string Code, string Name, string Unit, uint Version, string? Description = null, bool IsActive = true)
    : ICommand<Result<ProductDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateProductValidator : AbstractValidator<UpdateProduct>
{
    public UpdateProductValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[A-Za-z0-9._-]+$").WithMessage("Use letters, digits, dots, dashes and underscores.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Unit).NotEmpty().MaximumLength(30);
        RuleFor(c => c.Description).MaximumLength(4000);
        RuleFor(c => c.Version).Version();
    }
}

internal sealed class UpdateProductHandler(SalesDbContext db) : ICommandHandler<UpdateProduct, Result<ProductDetails>>
{
    public async ValueTask<Result<ProductDetails>> Handle(UpdateProduct cmd, CancellationToken ct)
    {
        var product = await db.Products.FirstOrDefaultAsync(p => p.Id == cmd.Id, ct);
        if (product is null) return SalesErrors.ProductNotFound(cmd.Id);
        if (await db.CheckAsync(product, cmd.Version, "product", async () => await db.DetailsAsync(product.Id, ct)) is { } stale) return stale;
        var code = cmd.Code.Trim().ToUpperInvariant();
        if (code != product.Code && await db.Products.AnyAsync(p => p.Code == code, ct)) return SalesErrors.ProductCodeTaken(code);
        product.Update(code, cmd.Name, cmd.Description, cmd.Unit, cmd.IsActive);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(product.Id, ct);
    }
}
