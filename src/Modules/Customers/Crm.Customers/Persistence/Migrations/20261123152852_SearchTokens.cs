using Crm.Customers.Persistence.Configurations;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Customers.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SearchTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The generated columns below call it, so it comes first.
            migrationBuilder.Sql(CustomerRecordMapping.CjkTokens);

            migrationBuilder.AddColumn<string[]>(
                name: "search_tokens",
                schema: "customers",
                table: "contacts",
                type: "text[]",
                nullable: false,
                computedColumnSql: "customers.cjk_tokens(full_name || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(email, ''))",
                stored: true);

            migrationBuilder.AddColumn<string[]>(
                name: "search_tokens",
                schema: "customers",
                table: "accounts",
                type: "text[]",
                nullable: false,
                computedColumnSql: "customers.cjk_tokens(name || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(website, ''))",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_tokens",
                schema: "customers",
                table: "contacts",
                column: "search_tokens")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_search_tokens",
                schema: "customers",
                table: "accounts",
                column: "search_tokens")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_search_tokens",
                schema: "customers",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_accounts_search_tokens",
                schema: "customers",
                table: "accounts");

            migrationBuilder.DropColumn(
                name: "search_tokens",
                schema: "customers",
                table: "contacts");

            migrationBuilder.DropColumn(
                name: "search_tokens",
                schema: "customers",
                table: "accounts");

            migrationBuilder.Sql("DROP FUNCTION customers.cjk_tokens(text)");
        }
    }
}
