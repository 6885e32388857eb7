namespace Crm.SharedKernel.Results;

/// <summary>How an expected failure maps onto HTTP; the code says which failure it is.</summary>
public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,
    Unauthorized,
    BusinessRule,
    Locked,
    TooManyRequests,
}

/// <summary>
/// An expected failure: a stable machine code (<c>module.what</c>), a human message, and optional
/// per-field errors (validation) or data for the client (duplicate candidates, current version).
/// </summary>
public sealed record Error(
    string Code,
    string Message,
    ErrorKind Kind,
    IReadOnlyDictionary<string, string[]>? FieldErrors = null,
    IReadOnlyDictionary<string, object?>? Data = null)
{
    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);
    public static Error Conflict(string code, string message, IReadOnlyDictionary<string, object?>? data = null) =>
        new(code, message, ErrorKind.Conflict, Data: data);
    public static Error Rule(string code, string message) => new(code, message, ErrorKind.BusinessRule);
    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);

    public static Error Validation(IReadOnlyDictionary<string, string[]> fieldErrors) =>
        new("validation.failed", "One or more fields are invalid.", ErrorKind.Validation, fieldErrors);

    public static Error Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] });

    /// <summary>A stale write: the client sent a version that is no longer current.</summary>
    public static Error StaleVersion(string entity, uint currentVersion, object? current = null) =>
        Conflict("concurrency.stale_version",
            $"The {entity} was changed by someone else. Reload it and apply your change again.",
            new Dictionary<string, object?> { ["currentVersion"] = currentVersion, ["current"] = current });
}
