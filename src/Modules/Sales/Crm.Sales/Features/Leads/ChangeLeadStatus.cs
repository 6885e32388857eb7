using System.Text.Json.Serialization;
using Crm.Sales.Domain;
using Crm.Sales.Features.Shared;
using Crm.Sales.Persistence;
using Crm.SharedKernel.Results;
using Crm.SharedKernel.Security;
using FluentValidation;
using Mediator;

namespace Crm.Sales.Features.Leads;

/// <summary>
/// Moves a lead along new → working → qualified, or disqualifies it (a reason is required); a disqualified lead
/// can be re-opened as working. Conversion is its own request.
/// </summary>
public sealed record ChangeLeadStatus(LeadStatus Status, uint Version, string? Reason = null) : ICommand<Result<LeadDetails>>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

internal sealed class ChangeLeadStatusValidator : AbstractValidator<ChangeLeadStatus>
{
    public ChangeLeadStatusValidator()
    {
        RuleFor(c => c.Status).IsInEnum().NotEqual(LeadStatus.Converted).WithMessage("Convert a lead with the convert request.");
        RuleFor(c => c.Reason).NotEmpty().When(c => c.Status == LeadStatus.Disqualified).WithMessage("Say why the lead is disqualified.");
        RuleFor(c => c.Reason).MaximumLength(500);
        RuleFor(c => c.Version).Version();
    }
}

internal sealed class ChangeLeadStatusHandler(SalesDbContext db, ICurrentUser user, TimeProvider clock)
    : ICommandHandler<ChangeLeadStatus, Result<LeadDetails>>
{
    public async ValueTask<Result<LeadDetails>> Handle(ChangeLeadStatus cmd, CancellationToken ct)
    {
        var found = await db.FindForWriteAsync(user, cmd.Id, cmd.Version, ct);
        if (!found.IsSuccess) return found.Error;
        var change = found.Value.ChangeStatus(cmd.Status, cmd.Reason, user.Id, clock.GetUtcNow());
        if (!change.IsSuccess) return change.Error;
        db.LeadStatusChanges.Add(change.Value);
        await db.SaveChangesAsync(ct);
        return await db.DetailsAsync(cmd.Id, ct);
    }
}
