namespace Crm.Customers.Domain;

/// <summary>An organisation we do business with (B2B). Contacts may work at it.</summary>
internal sealed class Account : CustomerRecord
{
    private Account() { }

    public string Name { get; private set; } = "";
    /// <summary>Another name: the Chinese name of a Latin-named company, or the romanised name of a Chinese one.</summary>
    public string? AlternateName { get; private set; }
    public string? Industry { get; private set; }
    public string? Website { get; private set; }

    public override CustomerRecordType RecordType => CustomerRecordType.Account;
    public override string DisplayName => Name;
    public override (Guid? AccountId, Guid? ContactId) TimelineTarget => (Id, null);

    public static Account Create(string name, string? alternateName, Guid ownerId, Guid? teamId) =>
        new() { Name = name.Trim(), AlternateName = alternateName?.Trim(), OwnerId = ownerId, TeamId = teamId };

    public void Update(string name, string? alternateName, string? industry, string? website, string? email, string? phone,
        Address? address, string? source, string? notes)
    {
        Name = name.Trim();
        AlternateName = alternateName?.Trim();
        Industry = industry;
        Website = website;
        Email = email?.Trim();
        Phone = phone?.Trim();
        Address = address ?? Address.Empty;
        Source = source;
        Notes = notes;
    }

    /// <summary>Whether an edit changes what duplicates are recognised by: name, email, phone.</summary>
    public bool IdentityChanges(string name, string? email, string? phone) =>
        !Same(Name, name) || !Same(Email, email) || !Same(Phone, phone);
}
