using Crm.SharedKernel.Domain;

namespace Crm.Customers.Domain;

/// <summary>
/// Customers' read copy of one Sales order, fed by Sales' order events: enough to state a customer's purchase facts
/// (first and last order, count, total value in the company currency) without reading Sales' tables.
/// A cancelled order stays here with its cancellation time and no longer counts.
/// </summary>
internal sealed class Purchase : Entity
{
    private Purchase() { }

    public Guid OrderId { get; private set; }
    public string Number { get; private set; } = "";
    public Guid? AccountId { get; private set; }
    public Guid? ContactId { get; private set; }
    public DateTimeOffset PlacedAt { get; private set; }
    /// <summary>The order's total in the company currency at placement, numeric(18,2).</summary>
    public decimal Value { get; private set; }
    public string Currency { get; private set; } = "";
    public DateTimeOffset? CancelledAt { get; private set; }

    public static Purchase Record(Guid orderId, string number, Guid? accountId, Guid? contactId, DateTimeOffset placedAt, decimal value, string currency) =>
        new() { OrderId = orderId, Number = number, AccountId = accountId, ContactId = contactId, PlacedAt = placedAt, Value = value, Currency = currency };

    public void Cancel(DateTimeOffset at) => CancelledAt ??= at;
}
