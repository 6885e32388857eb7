using Crm.SharedKernel.Results;

namespace Crm.Customers.Domain;

/// <summary>The Customers module's error catalogue; codes are stable API.</summary>
internal static class CustomersErrors
{
    public static Error AccountNotFound(Guid id) => Error.NotFound("customers.account_not_found", $"Account {id} was not found.");
    public static Error ContactNotFound(Guid id) => Error.NotFound("customers.contact_not_found", $"Contact {id} was not found.");
    public static Error InteractionNotFound(Guid id) => Error.NotFound("customers.interaction_not_found", $"Interaction {id} was not found.");
    public static Error TaskNotFound(Guid id) => Error.NotFound("customers.task_not_found", $"Task {id} was not found.");

    /// <summary>409 with the look-alikes; the client may open one or resend with <c>allowDuplicate: true</c>.</summary>
    public static Error PossibleDuplicates(IReadOnlyList<DuplicateCandidate> candidates) =>
        Error.Conflict("customers.possible_duplicates",
            $"{candidates.Count} existing record(s) look like this one. Open one of them, or create anyway with allowDuplicate.",
            new Dictionary<string, object?> { ["candidates"] = candidates });
}
