namespace Crm.Customers.Domain;

/// <summary>A person: a consumer (B2C) or someone working at an account.</summary>
internal sealed class Contact : CustomerRecord
{
    private Contact() { }

    /// <summary>The name as the person writes it: 张伟, or Wei Zhang.</summary>
    public string FullName { get; private set; } = "";
    /// <summary>Another form of the name: pinyin for a Chinese name, a Chinese name for a Latin one.</summary>
    public string? AlternateName { get; private set; }
    public string? JobTitle { get; private set; }
    public string? Mobile { get; private set; }
    public Guid? AccountId { get; private set; }

    public override CustomerRecordType RecordType => CustomerRecordType.Contact;
    public override string DisplayName => FullName;
    public override (Guid? AccountId, Guid? ContactId) TimelineTarget => (AccountId, Id);

    public static Contact Create(string fullName, string? alternateName, Guid? accountId, Guid ownerId, Guid? teamId) =>
        new() { FullName = fullName.Trim(), AlternateName = alternateName?.Trim(), AccountId = accountId, OwnerId = ownerId, TeamId = teamId };

    public void Update(string fullName, string? alternateName, string? jobTitle, string? email, string? phone, string? mobile,
        Guid? accountId, Address? address, string? source, string? notes)
    {
        FullName = fullName.Trim();
        AlternateName = alternateName?.Trim();
        JobTitle = jobTitle;
        Email = email?.Trim();
        Phone = phone?.Trim();
        Mobile = mobile?.Trim();
        AccountId = accountId;
        Address = address ?? Address.Empty;
        Source = source;
        Notes = notes;
    }

    public void MoveToAccount(Guid? accountId) => AccountId = accountId;

    /// <summary>Whether an edit changes what duplicates are recognised by: name, email, phone, mobile.</summary>
    public bool IdentityChanges(string fullName, string? email, string? phone, string? mobile) =>
        !Same(FullName, fullName) || !Same(Email, email) || !Same(Phone, phone) || !Same(Mobile, mobile);
}
