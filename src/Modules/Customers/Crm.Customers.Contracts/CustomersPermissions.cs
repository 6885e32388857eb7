namespace Crm.Customers.Contracts;

public static class CustomersPermissions
{
    public const string Read = "customers.read";
    public const string Write = "customers.write";
    public const string Manage = "customers.manage";
}
