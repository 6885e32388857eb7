using Crm.Sales.Domain;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Sales.Features.Products;

public sealed record CreateProduct(string Code, string Name, string Unit, string? Description = null, bool IsActive = true)
    : ICommand<Result<ProductDetails>>;

internal sealed class CreateProductValidator : AbstractValidator<CreateProduct>
{
    public CreateProductValidator()
    {
        RuleFor(c => c.Code).NotEmpty().MaximumLength(40).Matches("^[A-Za-z0-9._-]+$").WithMessage("Use letters, digits, dots, dashes and underscores.");
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.Unit).NotEmpty().MaximumLength(30);
        RuleFor(c => c.Description).MaximumLength(4000);
    }
}

internal sealed class CreateProductHandler(SalesDbContext db) : ICommandHandler<CreateProduct, Result<ProductDetails>>
{
    public async ValueTask<Result<ProductDetails>> Handle(CreateProduct cmd, CancellationToken ct)
    {
        var code = cmd.Code.Trim().ToUpperInvariant();
        if (await db.Products.AnyAsync(p => p.Code == code, ct)) return SalesErrors.ProductCodeTaken(code);
        var product = Product.Create(code, cmd.Name, cmd.Description, cmd.Unit, cmd.IsActive);
        db.Products.Add(product);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(product.Id, ct);
    }
}
