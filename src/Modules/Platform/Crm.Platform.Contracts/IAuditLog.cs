using Crm.SharedKernel.Auditing;
using Crm.SharedKernel.Paging;

namespace Crm.Platform.Contracts;

/// <summary>One audited change, newest first in a history.</summary>
public sealed record AuditRecord(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid UserId,
    string? UserName,
    string Module,
    string EntityType,
    Guid EntityId,
    AuditAction Action,
    IReadOnlyList<FieldChange> Changes);

/// <summary>
/// Reads the audit log for one record. The caller (the module that owns the record) checks first that the
/// user may read it; the Platform module does not know other modules' visibility rules.
/// </summary>
public interface IAuditLog
{
    Task<Page<AuditRecord>> GetHistoryAsync(string entityType, IReadOnlyCollection<Guid> entityIds, string? cursor, int limit, CancellationToken ct);
}

/// <summary>Display names of users, for lists and timelines in other modules.</summary>
public interface IUserDirectory
{
    Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct);
}

/// <summary>Names of teams, for other modules' per-team figures (forecast, attainment).</summary>
public interface ITeamDirectory
{
    Task<IReadOnlyDictionary<Guid, string>> GetTeamNamesAsync(IReadOnlyCollection<Guid> teamIds, CancellationToken ct);
}
