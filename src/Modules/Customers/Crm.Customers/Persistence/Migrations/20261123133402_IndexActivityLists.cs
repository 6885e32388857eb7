using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Customers.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndexActivityLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_tasks_due_at_id",
                schema: "customers",
                table: "tasks",
                columns: new[] { "due_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_occurred_at_id",
                schema: "customers",
                table: "interactions",
                columns: new[] { "occurred_at", "id" },
                descending: new bool[0]);

            migrationBuilder.CreateIndex(
                name: "ix_interactions_owner_id_occurred_at_id",
                schema: "customers",
                table: "interactions",
                columns: new[] { "owner_id", "occurred_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_user_id_occurred_at_id",
                schema: "customers",
                table: "interactions",
                columns: new[] { "user_id", "occurred_at", "id" },
                descending: new[] { false, true, true });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_tasks_due_at_id",
                schema: "customers",
                table: "tasks");

            migrationBuilder.DropIndex(
                name: "ix_interactions_occurred_at_id",
                schema: "customers",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_interactions_owner_id_occurred_at_id",
                schema: "customers",
                table: "interactions");

            migrationBuilder.DropIndex(
                name: "ix_interactions_user_id_occurred_at_id",
                schema: "customers",
                table: "interactions");
        }
    }
}
