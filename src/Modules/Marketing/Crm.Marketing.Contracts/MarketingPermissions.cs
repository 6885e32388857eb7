namespace Crm.Marketing.Contracts;

public static class MarketingPermissions
{
    public const string Read = "marketing.read";
    public const string Write = "marketing.write";
    public const string Manage = "marketing.manage";
}
