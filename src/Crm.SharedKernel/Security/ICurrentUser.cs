namespace Crm.SharedKernel.Security;

/// <summary>Which records a role lets its user see: their own, their teams', or all.</summary>
public enum DataScope
{
    Own = 0,
    Team = 1,
    All = 2,
}

/// <summary>
/// Who is calling. Today every principal is a staff user; the kind leaves room for portal contacts and
/// integration clients, which will carry their own claims and scope rules.
/// </summary>
public interface ICurrentUser
{
    bool IsAuthenticated { get; }
    Guid Id { get; }
    string Kind { get; }
    DataScope Scope { get; }
    IReadOnlyCollection<Guid> TeamIds { get; }
    bool HasPermission(string permission);
}

public static class PrincipalKinds
{
    public const string Staff = "staff";
}

/// <summary>Claim names in Crm access tokens.</summary>
public static class CrmClaims
{
    public const string Permission = "perm";
    public const string Team = "team";
    public const string Scope = "data_scope";
    public const string Kind = "kind";
}
