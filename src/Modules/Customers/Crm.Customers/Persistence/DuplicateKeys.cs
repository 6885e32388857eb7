namespace Crm.Customers.Persistence;

/// <summary>
/// The keys the duplicate check looks records up by, each behind a b-tree expression index (DuplicateKeys
/// migration): <c>lower(email)</c> and <see cref="PhoneDigits"/> of each phone. An equality on them is one index
/// probe whatever the table's size, where a <c>LIKE '%…%'</c> on the trigram index walks long posting lists.
/// </summary>
internal static class DuplicateKeys
{
    /// <summary>
    /// <c>customers.phone_digits(text)</c>: the digits of a phone number, null when it has none — how people write
    /// a number ("+86 138-0013") does not matter. Mapped for LINQ; the same rule in C# for values in memory.
    /// </summary>
    public static string? PhoneDigits(string? phone)
    {
        if (phone is null) return null;
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        return digits.Length == 0 ? null : digits;
    }

    public const string PhoneDigitsFunction = """
        CREATE OR REPLACE FUNCTION customers.phone_digits(phone text) RETURNS text
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
        RETURN nullif(regexp_replace(phone, '[^0-9]', '', 'g'), '');
        """;

    /// <summary>The expression indexes, per table: what the duplicate check compares.</summary>
    public const string Indexes = """
        CREATE INDEX ix_contacts_email_lower ON customers.contacts (lower(email));
        CREATE INDEX ix_contacts_phone_digits ON customers.contacts (customers.phone_digits(phone));
        CREATE INDEX ix_contacts_mobile_digits ON customers.contacts (customers.phone_digits(mobile));
        CREATE INDEX ix_accounts_email_lower ON customers.accounts (lower(email));
        CREATE INDEX ix_accounts_phone_digits ON customers.accounts (customers.phone_digits(phone));
        """;

    public const string DropAll = """
        DROP INDEX customers.ix_contacts_email_lower;
        DROP INDEX customers.ix_contacts_phone_digits;
        DROP INDEX customers.ix_contacts_mobile_digits;
        DROP INDEX customers.ix_accounts_email_lower;
        DROP INDEX customers.ix_accounts_phone_digits;
        DROP FUNCTION customers.phone_digits(text);
        """;
}
