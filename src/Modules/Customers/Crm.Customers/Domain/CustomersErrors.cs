using Crm.SharedKernel.Results;

namespace Crm.Customers.Domain;

/// <summary>The Customers module's error catalogue; codes are stable API.</summary>
internal static class CustomersErrors
{
    public static Error AccountNotFound(Guid id) => Error.NotFound("customers.account_not_found", $"Account {id} was not found.");
    public static Error ContactNotFound(Guid id) => Error.NotFound("customers.contact_not_found", $"Contact {id} was not found.");
    public static Error InteractionNotFound(Guid id) => Error.NotFound("customers.interaction_not_found", $"Interaction {id} was not found.");
    public static Error TaskNotFound(Guid id) => Error.NotFound("customers.task_not_found", $"Task {id} was not found.");

    public static readonly Error InteractionDeleteForbidden = Error.Forbidden("customers.interaction_delete_forbidden",
        "Only the person who logged an interaction, or a manager (customers.manage), may delete it.");

    /// <summary>A record may only be given to a user.</summary>
    public static Error OwnerNotAUser => Error.Validation("ownerId", "The owner is not a user.");

    /// <summary>An import row names an account (company) that does not exist or the importer cannot see.</summary>
    public static Error AccountNameNotFound(string name) =>
        Error.NotFound("customers.account_not_found", $"No account named '{name}' was found. Create or import it first.");

    /// <summary>An import row names an account that several visible accounts are called; its id must be given instead.</summary>
    public static Error AccountNameAmbiguous(string name) =>
        Error.Conflict("customers.account_ambiguous", $"Several accounts are named '{name}'. Give the account's id in an accountId column.");

    /// <summary>409 with the look-alikes; the client may open one or resend with <c>allowDuplicate: true</c>.</summary>
    public static Error PossibleDuplicates(IReadOnlyList<DuplicateCandidate> candidates) =>
        Error.Conflict("customers.possible_duplicates",
            $"{candidates.Count} existing record(s) look like this one. Open one of them, or create anyway with allowDuplicate.",
            new Dictionary<string, object?> { ["candidates"] = candidates });
}
