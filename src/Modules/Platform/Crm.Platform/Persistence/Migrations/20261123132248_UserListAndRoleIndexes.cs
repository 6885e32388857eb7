using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Platform.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class UserListAndRoleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_users_display_name_id",
                schema: "platform",
                table: "users",
                columns: new[] { "display_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_users_role_ids",
                schema: "platform",
                table: "users",
                column: "role_ids")
                .Annotation("Npgsql:IndexMethod", "gin");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_users_display_name_id",
                schema: "platform",
                table: "users");

            migrationBuilder.DropIndex(
                name: "ix_users_role_ids",
                schema: "platform",
                table: "users");
        }
    }
}
