namespace Crm.Sales.Features.Shared;

/// <summary>Settings under <c>Sales</c>: the company currency forecasts, quotas and commissions are stated in.</summary>
public sealed class SalesOptions
{
    public const string Section = "Sales";

    /// <summary>ISO 4217; USD unless configured (<c>Sales:CompanyCurrency</c>). Change it only on an empty Sales module.</summary>
    public string CompanyCurrency { get; set; } = "USD";
}
