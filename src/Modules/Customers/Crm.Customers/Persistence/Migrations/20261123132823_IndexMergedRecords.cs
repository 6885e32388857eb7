using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Customers.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndexMergedRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_contacts_merged_into_id",
                schema: "customers",
                table: "contacts",
                column: "merged_into_id",
                filter: "merged_into_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_merged_into_id",
                schema: "customers",
                table: "accounts",
                column: "merged_into_id",
                filter: "merged_into_id IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_contacts_merged_into_id",
                schema: "customers",
                table: "contacts");

            migrationBuilder.DropIndex(
                name: "ix_accounts_merged_into_id",
                schema: "customers",
                table: "accounts");
        }
    }
}
