using Crm.SharedKernel.Results;

namespace Crm.Platform.Domain;

/// <summary>The Platform module's error catalogue; codes are stable API.</summary>
internal static class PlatformErrors
{
    public static readonly Error InvalidCredentials =
        new("platform.invalid_credentials", "The email or password is incorrect.", ErrorKind.Unauthorized);

    public static Error LockedOut(DateTimeOffset until) =>
        new("platform.account_locked", "Too many failed sign-ins. Try again later or ask an administrator to unlock the account.",
            ErrorKind.Locked, Data: new Dictionary<string, object?> { ["lockedUntil"] = until });

    public static readonly Error InvalidRefreshToken =
        new("platform.invalid_refresh_token", "The session has expired or was signed out. Sign in again.", ErrorKind.Unauthorized);

    public static readonly Error RefreshTokenReused =
        new("platform.refresh_token_reused", "This session token was already used; every session of this sign-in was ended. Sign in again.",
            ErrorKind.Unauthorized);

    public static readonly Error WrongCurrentPassword =
        Error.Validation("currentPassword", "The current password is incorrect.");

    public static Error UserNotFound(Guid id) => Error.NotFound("platform.user_not_found", $"User {id} was not found.");
    public static Error RoleNotFound(Guid id) => Error.NotFound("platform.role_not_found", $"Role {id} was not found.");
    public static Error TeamNotFound(Guid id) => Error.NotFound("platform.team_not_found", $"Team {id} was not found.");

    public static Error EmailTaken(string email) =>
        Error.Conflict("platform.email_taken", $"A user with email {email} already exists.");

    public static Error NameTaken(string what, string name) =>
        Error.Conflict($"platform.{what}_name_taken", $"A {what} named '{name}' already exists.");

    public static readonly Error SystemRole =
        Error.Rule("platform.system_role", "Built-in roles cannot be deleted.");

    public static readonly Error AdministratorRoleFixed =
        Error.Rule("platform.administrator_role_fixed",
            "The Administrator role keeps its name, every permission and the scope All; only its description can change.");

    public static readonly Error LastAdministrator =
        Error.Rule("platform.last_administrator",
            "At least one active user must hold the Administrator role. Make another user an administrator first.");

    public static readonly Error CannotDeactivateSelf =
        Error.Rule("platform.cannot_deactivate_self", "You cannot deactivate your own account.");

    public static Error RoleInUse(int users) =>
        Error.Conflict("platform.role_in_use", $"The role is assigned to {users} user(s). Assign them another role first.",
            new Dictionary<string, object?> { ["userCount"] = users });

    public static Error TeamInUse(int members) =>
        Error.Conflict("platform.team_in_use", $"The team has {members} member(s). Move them to another team first.",
            new Dictionary<string, object?> { ["memberCount"] = members });
}
