using Crm.SharedKernel.Results;

namespace Crm.Customers.Domain;

/// <summary>The Customers module's error catalogue; codes are stable API.</summary>
internal static class CustomersErrors
{
    public static Error AccountNotFound(Guid id) => Error.NotFound("customers.account_not_found", $"Account {id} was not found.");
    public static Error ContactNotFound(Guid id) => Error.NotFound("customers.contact_not_found", $"Contact {id} was not found.");
    public static Error InteractionNotFound(Guid id) => Error.NotFound("customers.interaction_not_found", $"Interaction {id} was not found.");
    public static Error TaskNotFound(Guid id) => Error.NotFound("customers.task_not_found", $"Task {id} was not found.");
}
