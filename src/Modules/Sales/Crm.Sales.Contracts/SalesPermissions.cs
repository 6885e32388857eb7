namespace Crm.Sales.Contracts;

public static class SalesPermissions
{
    public const string Read = "sales.read";
    public const string Write = "sales.write";
    public const string Manage = "sales.manage";
}
