using Crm.Platform.Contracts;
using Crm.Platform.Domain;
using Crm.Platform.Persistence;
using Crm.SharedKernel.Paging;
using Microsoft.EntityFrameworkCore;

namespace Crm.Platform.Facade;

internal sealed class AuditLog(PlatformDbContext db) : IAuditLog
{
    public async Task<Page<AuditRecord>> GetHistoryAsync(string entityType, IReadOnlyCollection<Guid> entityIds, string? cursor, int limit, CancellationToken ct)
    {
        var query = db.AuditEntries.AsNoTracking().Where(a => a.EntityType == entityType && entityIds.Contains(a.EntityId));
        return await Page(db, query, cursor, limit, ct);
    }

    /// <summary>Newest first, keyset on (occurred_at, id); shared with the admin audit search.</summary>
    internal static Task<Page<AuditRecord>> Page(PlatformDbContext db, IQueryable<AuditEntry> query, string? cursor, int limit, CancellationToken ct)
    {
        if (Cursor.TryDecode(cursor, out var after) && after is not null && DateTimeOffset.TryParse(after.Key, out var at))
            query = query.Where(a => EF.Functions.LessThan(ValueTuple.Create(a.OccurredAt, a.Id), ValueTuple.Create(at, after.Id)));
        return query
            .OrderByDescending(a => a.OccurredAt).ThenByDescending(a => a.Id)
            .Select(a => new AuditRecord(a.Id, a.OccurredAt, a.UserId,
                db.Users.Where(u => u.Id == a.UserId).Select(u => u.DisplayName).FirstOrDefault(),
                a.Module, a.EntityType, a.EntityId, a.Action, a.Changes))
            .ToPageAsync(limit, r => new Cursor(r.OccurredAt.ToString("O"), r.Id), ct);
    }
}

internal sealed class UserDirectory(PlatformDbContext db) : IUserDirectory
{
    public async Task<IReadOnlyDictionary<Guid, string>> GetNamesAsync(IReadOnlyCollection<Guid> userIds, CancellationToken ct) =>
        userIds.Count == 0
            ? new Dictionary<Guid, string>()
            // Two columns, not the whole user row (password hash included) that ToDictionaryAsync on the entity would read.
            : await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName })
                .ToDictionaryAsync(u => u.Id, u => u.DisplayName, ct);
}

internal sealed class TeamDirectory(PlatformDbContext db) : ITeamDirectory
{
    public async Task<IReadOnlyDictionary<Guid, string>> GetTeamNamesAsync(IReadOnlyCollection<Guid> teamIds, CancellationToken ct) =>
        teamIds.Count == 0
            ? new Dictionary<Guid, string>()
            : await db.Teams.AsNoTracking().Where(t => teamIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
}
