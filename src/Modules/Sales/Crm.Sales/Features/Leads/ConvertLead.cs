using System.Text.Json.Serialization;
using Crm.Customers.Contracts.Facade;
using Crm.Sales.Contracts.IntegrationEvents;
using Crm.Sales.Domain;
using Crm.Sales.Features.Opportunities;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Crm.Sales.Features.Leads;

/// <summary>
/// Turns a qualified lead into a customer in one transaction: the contact (an existing contact with the lead's email
/// is reused, never duplicated), the account when the lead names a company (an existing one of that name is reused),
/// and optionally an opportunity in the default (or given) pipeline. The lead becomes read-only and its history
/// reaches the contact's timeline through the <see cref="LeadConverted"/> event.
/// </summary>
public sealed record ConvertLead(
    uint Version,
    bool CreateOpportunity = false,
    string? OpportunityName = null,
    decimal? Amount = null,
    string? Currency = null,
    DateOnly? CloseDate = null,
    Guid? PipelineId = null) : ICommand<Result<LeadConversion>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

/// <summary>What the lead became; <c>contactCreated</c> false means an existing customer was recognised by email.</summary>
public sealed record LeadConversion(Guid LeadId, Guid ContactId, bool ContactCreated, Guid? AccountId, bool AccountCreated, Guid? OpportunityId);

internal sealed class ConvertLeadValidator : AbstractValidator<ConvertLead>
{
    public ConvertLeadValidator()
    {
        RuleFor(c => c.Version).Version();
        RuleFor(c => c.OpportunityName).MaximumLength(200);
        RuleFor(c => c.Amount).MoneyAmount();
        RuleFor(c => c.Currency).OptionalCurrencyCode();
        RuleFor(c => c.CloseDate!.Value).PlausibleDay().When(c => c.CloseDate is not null);
    }
}

internal sealed class ConvertLeadHandler(
    SalesDbContext db, ICurrentUser user, ICustomerRegistry registry, IOptions<SalesOptions> options, TimeProvider clock)
    : ICommandHandler<ConvertLead, Result<LeadConversion>>
{
    public async ValueTask<Result<LeadConversion>> Handle(ConvertLead cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!found.IsSuccess) return found.Error;
        var lead = found.Value;
        if (lead.Status == LeadStatus.Converted) return SalesErrors.LeadConverted;
        if (lead.Status != LeadStatus.Qualified) return SalesErrors.LeadNotQualified;

        Pipeline? pipeline = null;
        if (cmd.CreateOpportunity)
        {
            var chosen = await db.PipelineAsync(cmd.PipelineId, ct);
            if (!chosen.IsSuccess) return chosen.Error;
            pipeline = chosen.Value;
        }

        var now = clock.GetUtcNow();
        // Customers writes on this command's connection and transaction: both modules commit together or not at all.
        var customer = await registry.FindOrCreateAsync(
            new CustomerRegistration(lead.FullName, lead.Email, lead.Phone, lead.JobTitle, lead.Company, lead.Source, lead.OwnerId, lead.TeamId),
            db.OpenTransaction(), ct);

        Opportunity? opportunity = null;
        if (pipeline is not null)
            opportunity = db.Open(pipeline, cmd.OpportunityName ?? $"{lead.Company ?? lead.FullName} – new business", cmd.Amount ?? 0m,
                cmd.Currency ?? options.Value.CompanyCurrency, cmd.CloseDate ?? DateOnly.FromDateTime(now.UtcDateTime).AddDays(30),
                customer.AccountId, customer.ContactId, lead.OwnerId, lead.TeamId, lead.Id, user.Id, now);

        var converted = lead.MarkConverted(customer.ContactId, customer.AccountId, opportunity?.Id, user.Id, now);
        if (!converted.IsSuccess) return converted.Error;
        db.LeadStatusChanges.Add(converted.Value);

        var history = await db.LeadStatusChanges.AsNoTracking().Where(c => c.LeadId == lead.Id).OrderBy(c => c.ChangedAt).ThenBy(c => c.Id).ToListAsync(ct);
        db.Publish(new LeadConverted(lead.Id, lead.FullName, lead.Company, lead.Source, lead.Score, customer.ContactId, customer.AccountId,
            opportunity?.Id, user.Id, now,
            [.. history.Select(h => new LeadHistoryItem(h.Id, h.Title, h.Reason, h.ChangedAt, h.ActorId))]) { OccurredAt = now });
        await db.SaveChangesAsync(ct);
        return new LeadConversion(lead.Id, customer.ContactId, customer.ContactCreated, customer.AccountId, customer.AccountCreated, opportunity?.Id);
    }
}
