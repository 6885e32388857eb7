using System.Text.Json.Serialization;
using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Sales.Features.Opportunities;

/// <summary>
/// Replaces a deal's editable fields. Stage, owner and lines have their own requests; with lines the amount is
/// their total and the amount sent here is ignored. A probability overrides the stage's default until the next move.
/// </summary>
public sealed record UpdateOpportunity(
    string Name,
    DateOnly CloseDate,
    uint Version,
    decimal Amount = 0,
    Guid? AccountId = null,
    Guid? ContactId = null,
    decimal? Probability = null,
    ForecastCategory ForecastCategory = ForecastCategory.Pipeline,
    string? NextStep = null,
    IReadOnlyList<string>? Competitors = null,
    string? Description = null) : ICommand<Result<OpportunityDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateOpportunityValidator : AbstractValidator<UpdateOpportunity>
{
    public UpdateOpportunityValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.CloseDate).PlausibleDay();
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.Amount).MoneyAmount();
        RuleFor(c => c.Probability).InclusiveBetween(0m, 100m).PrecisionScale(5, 2, true);
        RuleFor(c => c).Must(c => c.AccountId is not null || c.ContactId is not null)
            .WithName("accountId").WithMessage("An opportunity is with an account or a contact (or both).");
        RuleFor(c => c.ForecastCategory).IsInEnum();
        RuleFor(c => c.NextStep).MaximumLength(500);
        RuleFor(c => c.Description).MaximumLength(10_000);
        RuleFor(c => c.Competitors).Must(c => c is null || (c.Count <= 20 && c.All(x => x.Length is > 0 and <= 100)))
            .WithMessage("Name at most 20 competitors of up to 100 characters.");
    }
}

internal sealed class UpdateOpportunityHandler(SalesDbContext db, ICurrentUser user, SalesOwnership ownership, ICustomerDirectory customers)
    : ICommandHandler<UpdateOpportunity, Result<OpportunityDetails>>
{
    public async ValueTask<Result<OpportunityDetails>> Handle(UpdateOpportunity cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, customers, ct, withLines: true);
        if (!found.IsSuccess) return found.Error;
        var o = found.Value;
        if ((cmd.AccountId != o.AccountId || cmd.ContactId != o.ContactId)
            && await ownership.CheckCustomersAsync(cmd.AccountId != o.AccountId ? cmd.AccountId : null, cmd.ContactId != o.ContactId ? cmd.ContactId : null, ct)
                is { } unknown)
            return unknown;
        o.Update(cmd.Name, cmd.AccountId, cmd.ContactId, cmd.Amount, cmd.CloseDate, cmd.Probability, cmd.ForecastCategory, cmd.NextStep,
            cmd.Competitors ?? [], cmd.Description);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(o.Id, customers, ct);
    }
}
