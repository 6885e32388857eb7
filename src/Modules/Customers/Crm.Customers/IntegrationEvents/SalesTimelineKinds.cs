namespace Crm.Customers.IntegrationEvents;

/// <summary>Timeline kinds written for Sales' facts (module-prefixed, as the timeline expects of other modules).</summary>
internal static class SalesTimelineKinds
{
    public const string Source = "sales";
    public const string OrderPlaced = "sales.order_placed";
    public const string OrderFulfilled = "sales.order_fulfilled";
    public const string OrderCancelled = "sales.order_cancelled";
    public const string LeadConverted = "sales.lead_converted";
    public const string LeadHistory = "sales.lead_history";
    public const string OpportunityWon = "sales.opportunity_won";
    public const string OpportunityLost = "sales.opportunity_lost";

    public static string Money(decimal amount, string currency) =>
        $"{amount.ToString("N2", System.Globalization.CultureInfo.InvariantCulture)} {currency}";
}
