using Crm.Platform.Contracts;
using Crm.Platform.Facade;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Paging;
using Crm.SharedKernel.Results;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Features.Audit;

/// <summary>The whole audit log for administrators, filtered by record, user, module and time.</summary>
public sealed record SearchAuditLog(
    string? EntityType,
    Guid? EntityId,
    Guid? UserId,
    string? Module,
    DateTimeOffset? From,
    DateTimeOffset? To,
    string? Cursor,
    int Limit = Crm.SharedKernel.Paging.Cursor.DefaultLimit) : IQuery<Result<Page<AuditRecord>>>;

internal sealed class SearchAuditLogValidator : AbstractValidator<SearchAuditLog>
{
    public SearchAuditLogValidator()
    {
        RuleFor(q => q.Limit).InclusiveBetween(1, Crm.SharedKernel.Paging.Cursor.MaxLimit);
        RuleFor(q => q.Cursor).Must(Crm.SharedKernel.Paging.Cursor.IsValid).WithMessage("The cursor is not valid.");
        RuleFor(q => q.To).GreaterThanOrEqualTo(q => q.From).When(q => q.From is not null && q.To is not null);
    }
}

internal sealed class SearchAuditLogHandler(PlatformDbContext db) : IQueryHandler<SearchAuditLog, Result<Page<AuditRecord>>>
{
    public async ValueTask<Result<Page<AuditRecord>>> Handle(SearchAuditLog q, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (q.EntityType is not null) query = query.Where(a => a.EntityType == q.EntityType);
        if (q.EntityId is not null) query = query.Where(a => a.EntityId == q.EntityId);
        if (q.UserId is not null) query = query.Where(a => a.UserId == q.UserId);
        if (q.Module is not null) query = query.Where(a => a.Module == q.Module);
        if (q.From is not null) query = query.Where(a => a.OccurredAt >= q.From);
        if (q.To is not null) query = query.Where(a => a.OccurredAt <= q.To);
        return await AuditLog.Page(db, query, q.Cursor, q.Limit, ct);
    }
}
