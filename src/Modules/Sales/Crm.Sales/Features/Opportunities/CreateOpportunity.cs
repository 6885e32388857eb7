using Crm.Customers.Contracts.Facade;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.Extensions.Options;

namespace Crm.Sales.Features.Opportunities;

/// <summary>
/// Opens a deal with an account and/or a contact in the first open stage of a pipeline (the default unless named).
/// Its probability starts at the stage's; currency defaults to the company currency.
/// </summary>
public sealed record CreateOpportunity(
    string Name,
    DateOnly CloseDate,
    decimal Amount = 0,
    string? Currency = null,
    Guid? AccountId = null,
    Guid? ContactId = null,
    Guid? PipelineId = null,
    ForecastCategory ForecastCategory = ForecastCategory.Pipeline,
    string? NextStep = null,
    IReadOnlyList<string>? Competitors = null,
    string? Description = null,
    Guid? OwnerId = null,
    Guid? TeamId = null) : ICommand<Result<OpportunityDetails>>;

internal sealed class CreateOpportunityValidator : AbstractValidator<CreateOpportunity>
{
    public CreateOpportunityValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(200);
        RuleFor(c => c.CloseDate).PlausibleDay();
        RuleFor(c => c.Amount).MoneyAmount();
        RuleFor(c => c.Currency).OptionalCurrencyCode();
        RuleFor(c => c).Must(c => c.AccountId is not null || c.ContactId is not null)
            .WithName("accountId").WithMessage("An opportunity is with an account or a contact (or both).");
        RuleFor(c => c.ForecastCategory).IsInEnum();
        RuleFor(c => c.NextStep).MaximumLength(500);
        RuleFor(c => c.Description).MaximumLength(10_000);
        RuleFor(c => c.Competitors).Must(c => c is null || (c.Count <= 20 && c.All(x => x.Length is > 0 and <= 100)))
            .WithMessage("Name at most 20 competitors of up to 100 characters.");
    }
}

internal sealed class CreateOpportunityHandler(
    SalesDbContext db, ICurrentUser user, SalesOwnership ownership, ICustomerDirectory customers, IOptions<SalesOptions> options, TimeProvider clock)
    : ICommandHandler<CreateOpportunity, Result<OpportunityDetails>>
{
    public async ValueTask<Result<OpportunityDetails>> Handle(CreateOpportunity cmd, CancellationToken ct)
    {
        if (await ownership.CheckCustomersAsync(cmd.AccountId, cmd.ContactId, ct) is { } unknown) return unknown;
        var owner = await ownership.ResolveAsync(cmd.OwnerId, cmd.TeamId, ct);
        if (!owner.IsSuccess) return owner.Error;
        var pipeline = await db.PipelineAsync(cmd.PipelineId, ct);
        if (!pipeline.IsSuccess) return pipeline.Error;

        var opportunity = db.Open(pipeline.Value, cmd.Name, cmd.Amount, cmd.Currency ?? options.Value.CompanyCurrency, cmd.CloseDate, cmd.AccountId,
            cmd.ContactId, owner.Value.OwnerId, owner.Value.TeamId, null, user.Id, clock.GetUtcNow());
        opportunity.Update(cmd.Name, cmd.AccountId, cmd.ContactId, cmd.Amount, cmd.CloseDate, null, cmd.ForecastCategory, cmd.NextStep,
            cmd.Competitors ?? [], cmd.Description);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(opportunity.Id, customers, ct);
    }
}
