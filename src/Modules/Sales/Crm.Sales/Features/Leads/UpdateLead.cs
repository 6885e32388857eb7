using System.Text.Json.Serialization;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Sales.Features.Leads;

/// <summary>Replaces a lead's editable fields (status has its own request). A converted lead is read-only.</summary>
public sealed record UpdateLead(
    string FullName,
    uint Version,
    string? Company = null,
    string? JobTitle = null,
    string? Email = null,
    string? Phone = null,
    string? Source = null,
    int? Score = null,
    string? Notes = null) : ICommand<Result<LeadDetails>>, ILeadFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class UpdateLeadValidator : AbstractValidator<UpdateLead>
{
    public UpdateLeadValidator()
    {
        Include(new LeadFieldsValidator());
        RuleFor(c => c.Version).Version();
    }
}

internal sealed class UpdateLeadHandler(SalesDbContext db, ICurrentUser user) : ICommandHandler<UpdateLead, Result<LeadDetails>>
{
    public async ValueTask<Result<LeadDetails>> Handle(UpdateLead cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!found.IsSuccess) return found.Error;
        if (found.Value.Status == LeadStatus.Converted) return SalesErrors.LeadConverted;
        found.Value.Update(cmd.FullName, cmd.Company, cmd.JobTitle, cmd.Email, cmd.Phone, cmd.Source, cmd.Score, cmd.Notes);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(cmd.Id, ct);
    }
}
