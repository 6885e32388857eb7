using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Sales.Features.Leads;

/// <summary>Captures a lead (status new). Owned by the caller unless a manager names another owner.</summary>
public sealed record CreateLead(
    string FullName,
    string? Company = null,
    string? JobTitle = null,
    string? Email = null,
    string? Phone = null,
    string? Source = null,
    int? Score = null,
    string? Notes = null,
    Guid? OwnerId = null,
    Guid? TeamId = null) : ICommand<Result<LeadDetails>>, ILeadFields;

internal sealed class CreateLeadValidator : AbstractValidator<CreateLead>
{
    public CreateLeadValidator() => Include(new LeadFieldsValidator());
}

internal sealed class CreateLeadHandler(SalesDbContext db, ICurrentUser user, SalesOwnership ownership, TimeProvider clock)
    : ICommandHandler<CreateLead, Result<LeadDetails>>
{
    public async ValueTask<Result<LeadDetails>> Handle(CreateLead cmd, CancellationToken ct)
    {
        var owner = await ownership.ResolveAsync(cmd.OwnerId, cmd.TeamId, ct);
        if (!owner.IsSuccess) return owner.Error;
        var lead = Lead.Create(cmd.FullName, owner.Value.OwnerId, owner.Value.TeamId);
        lead.Update(cmd.FullName, cmd.Company, cmd.JobTitle, cmd.Email, cmd.Phone, cmd.Source, cmd.Score, cmd.Notes);
        db.Leads.Add(lead);
        db.LeadStatusChanges.Add(LeadStatusChange.Record(lead.Id, null, LeadStatus.New, cmd.Source is null ? null : $"Source: {cmd.Source}", user.Id,
            clock.GetUtcNow()));
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(lead.Id, ct);
    }
}
