using Crm.Customers.Domain;
using Crm.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Crm.Customers.Persistence;

internal sealed class CustomersDbContext(DbContextOptions<CustomersDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "customers";
    public override string Schema => SchemaName;

    public DbSet<Account> Accounts => Set<Account>();
    public DbSet<Contact> Contacts => Set<Contact>();
    public DbSet<Interaction> Interactions => Set<Interaction>();
    public DbSet<CustomerTask> Tasks => Set<CustomerTask>();
    public DbSet<TimelineEntry> Timeline => Set<TimelineEntry>();
    public DbSet<ClassificationChange> ClassificationChanges => Set<ClassificationChange>();
    public DbSet<Purchase> Purchases => Set<Purchase>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("pg_trgm");
        modelBuilder.HasDbFunction(typeof(DuplicateKeys).GetMethod(nameof(DuplicateKeys.PhoneDigits))!)
            .HasSchema(SchemaName).HasName("phone_digits");
        base.OnModelCreating(modelBuilder);
    }
}

/// <summary>Used by <c>dotnet ef migrations add X --context CustomersDbContext</c>.</summary>
internal sealed class CustomersDbContextFactory : IDesignTimeDbContextFactory<CustomersDbContext>
{
    public CustomersDbContext CreateDbContext(string[] args) =>
        new(ModuleRegistration.DesignTimeOptions<CustomersDbContext>(CustomersDbContext.SchemaName));
}
