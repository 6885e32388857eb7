using Crm.Customers.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Crm.Customers.Persistence.Configurations;

/// <summary>The columns and indexes accounts and contacts share.</summary>
internal static class CustomerRecordMapping
{
    /// <summary>
    /// <paramref name="searchSql"/> is the SQL of the stored <c>search_text</c> column: lower-cased names, email and
    /// phone digits in one string, GIN-trigram indexed, so one <c>LIKE '%q%'</c> or similarity test covers them all.
    /// <paramref name="tokensSql"/> is the text <c>search_tokens</c> is cut from (<see cref="CjkTokens"/>): every field
    /// of the search text that may hold Chinese, so a short Chinese query finds through the tokens what LIKE would.
    /// </summary>
    public static void MapCustomerRecord<T>(this EntityTypeBuilder<T> b, string searchSql, string tokensSql) where T : CustomerRecord
    {
        b.Property(r => r.Version).IsRowVersion();
        b.Property(r => r.Email).HasMaxLength(254);
        b.Property(r => r.Phone).HasMaxLength(50);
        b.Property(r => r.Source).HasMaxLength(100);
        b.Property(r => r.Notes).HasMaxLength(10_000);
        b.Property(r => r.Tier).HasConversion<string>().HasMaxLength(1);
        b.Property(r => r.Stage).HasConversion<string>().HasMaxLength(20);
        b.Property(r => r.Relationship).HasConversion<string>().HasMaxLength(20);
        b.ComplexProperty(r => r.Address, a =>
        {
            a.Property(x => x.Line1).HasMaxLength(200);
            a.Property(x => x.Line2).HasMaxLength(200);
            a.Property(x => x.City).HasMaxLength(100);
            a.Property(x => x.Region).HasMaxLength(100);
            a.Property(x => x.PostalCode).HasMaxLength(20);
            a.Property(x => x.Country).HasMaxLength(2);
        });
        b.Property(r => r.SearchText).HasComputedColumnSql(searchSql, stored: true);
        b.Property(r => r.SearchTokens).HasComputedColumnSql($"{CjkTokensFunction}({tokensSql})", stored: true);
        b.Ignore(r => r.IsDeleted);
        b.Ignore(r => r.RecordType);
        b.Ignore(r => r.DisplayName);
        b.Ignore(r => r.TimelineTarget);
        b.HasQueryFilter(r => r.DeletedAt == null);

        b.HasIndex(r => r.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
        b.HasIndex(r => r.SearchTokens).HasMethod("gin");
        b.HasIndex(r => r.Tags).HasMethod("gin");
        b.HasIndex(r => new { r.OwnerId, r.Id });
        b.HasIndex(r => new { r.TeamId, r.Id });
        b.HasIndex(r => new { r.CreatedAt, r.Id });
        b.HasIndex(r => new { r.UpdatedAt, r.Id });
        // A survivor's history includes the records merged into it; few are, so the index stays small.
        b.HasIndex(r => r.MergedIntoId).HasFilter("merged_into_id IS NOT NULL");
    }

    /// <summary>The SQL function that cuts a text into its CJK tokens (created by the SearchTokens migration).</summary>
    public const string CjkTokensFunction = "customers.cjk_tokens";

    /// <summary>
    /// <c>customers.cjk_tokens(text)</c>: the distinct CJK characters and adjacent pairs of a text (runs of CJK
    /// ideographs; a pair never spans a space or a Latin letter), e.g. 张伟明 → {张, 伟, 明, 张伟, 伟明}. Immutable, so a
    /// stored generated column may use it. A 1–2 character all-CJK query is a substring of the text exactly when it
    /// is one of these tokens.
    /// </summary>
    public const string CjkTokens = """
        CREATE OR REPLACE FUNCTION customers.cjk_tokens(t text) RETURNS text[]
        LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
            SELECT coalesce(array_agg(DISTINCT substr(run.r[1], i, n)), '{}')
            FROM regexp_matches(t, '[㐀-䶿一-鿿豈-﫿]+', 'g') AS run(r),
                 generate_series(1, char_length(run.r[1])) AS i,
                 (VALUES (1), (2)) AS len(n)
            WHERE i + n - 1 <= char_length(run.r[1])
        $$
        """;

    /// <summary>SQL for the normalised phone: digits only, so "+86 138-0000" and "861380000" match.</summary>
    public static string Digits(string column) => $"regexp_replace(coalesce({column}, ''), '[^0-9]', '', 'g')";
}

internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> b)
    {
        b.ToTable("accounts");
        b.Property(a => a.Name).HasMaxLength(200);
        b.Property(a => a.AlternateName).HasMaxLength(200);
        b.Property(a => a.Industry).HasMaxLength(100);
        b.Property(a => a.Website).HasMaxLength(300);
        b.MapCustomerRecord(
            $"lower(name || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(website, '')) || ' ' || {CustomerRecordMapping.Digits("phone")}",
            "name || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(website, '')");
        b.HasIndex(a => new { a.Name, a.Id });
        b.HasIndex(a => new { a.Tier, a.OwnerId, a.Name, a.Id });
    }
}

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> b)
    {
        b.ToTable("contacts");
        b.Property(c => c.FullName).HasMaxLength(200);
        b.Property(c => c.AlternateName).HasMaxLength(200);
        b.Property(c => c.JobTitle).HasMaxLength(100);
        b.Property(c => c.Mobile).HasMaxLength(50);
        b.MapCustomerRecord(
            $"lower(full_name || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(email, '')) || ' ' || {CustomerRecordMapping.Digits("phone")} || ' ' || {CustomerRecordMapping.Digits("mobile")}",
            "full_name || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(email, '')");
        b.HasIndex(c => new { c.FullName, c.Id });
        b.HasIndex(c => new { c.AccountId, c.FullName, c.Id });
        b.HasIndex(c => c.Email);
        b.HasIndex(c => c.Phone);
    }
}
