using Crm.SharedKernel.Domain;

namespace Crm.Platform.Domain;

/// <summary>A staff member who signs in to the CRM. Roles give permissions and a data scope; teams give record access.</summary>
internal sealed class User : AggregateRoot
{
    public const int MaxFailedLogins = 5;
    public static readonly TimeSpan LockoutDuration = TimeSpan.FromMinutes(15);

    private User() { }

    public string Email { get; private set; } = "";
    public string NormalizedEmail { get; private set; } = "";
    public string DisplayName { get; private set; } = "";
    [AuditRedacted]
    public string PasswordHash { get; private set; } = "";
    public bool IsActive { get; private set; } = true;
    [NotAudited]
    public int FailedLoginCount { get; private set; }
    public DateTimeOffset? LockedUntil { get; private set; }
    [NotAudited]
    public DateTimeOffset? LastLoginAt { get; private set; }
    public List<Guid> RoleIds { get; private set; } = [];
    public List<Guid> TeamIds { get; private set; } = [];

    public static User Create(string email, string displayName, IEnumerable<Guid> roleIds, IEnumerable<Guid> teamIds) => new()
    {
        Email = email.Trim(),
        NormalizedEmail = Normalize(email),
        DisplayName = displayName.Trim(),
        RoleIds = [.. roleIds.Distinct()],
        TeamIds = [.. teamIds.Distinct()],
    };

    public static string Normalize(string email) => email.Trim().ToLowerInvariant();

    public bool IsLockedOut(DateTimeOffset now) => LockedUntil > now;

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    /// <summary>Counts a failed sign-in; the fifth in a row locks the account for a while.</summary>
    public void RecordFailedLogin(DateTimeOffset now)
    {
        FailedLoginCount++;
        if (FailedLoginCount < MaxFailedLogins) return;
        LockedUntil = now + LockoutDuration;
        FailedLoginCount = 0;
    }

    public void RecordLogin(DateTimeOffset now)
    {
        FailedLoginCount = 0;
        LockedUntil = null;
        LastLoginAt = now;
    }

    public void Update(string email, string displayName)
    {
        Email = email.Trim();
        NormalizedEmail = Normalize(email);
        DisplayName = displayName.Trim();
    }

    public void AssignRoles(IEnumerable<Guid> roleIds) => RoleIds = [.. roleIds.Distinct()];
    public void AssignTeams(IEnumerable<Guid> teamIds) => TeamIds = [.. teamIds.Distinct()];
    public void Deactivate() => IsActive = false;
    public void Activate() { IsActive = true; Unlock(); }
    public void Unlock() { LockedUntil = null; FailedLoginCount = 0; }
}
