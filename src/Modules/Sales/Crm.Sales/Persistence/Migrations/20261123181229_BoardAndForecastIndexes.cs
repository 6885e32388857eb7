using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Sales.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class BoardAndForecastIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_opportunities_close_date_id",
                schema: "sales",
                table: "opportunities");

            migrationBuilder.CreateIndex(
                name: "ix_opportunity_stage_changes_opportunity_id",
                schema: "sales",
                table: "opportunity_stage_changes",
                column: "opportunity_id",
                filter: "days_in_stage IS NOT NULL")
                .Annotation("Npgsql:IndexInclude", new[] { "stage_id", "days_in_stage" });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_close_date_id",
                schema: "sales",
                table: "opportunities",
                columns: new[] { "close_date", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "status", "owner_id", "team_id", "forecast_category", "currency", "amount", "probability", "pipeline_id" });

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_team_id_stage_id_close_date_id",
                schema: "sales",
                table: "opportunities",
                columns: new[] { "team_id", "stage_id", "close_date", "id" })
                .Annotation("Npgsql:IndexInclude", new[] { "pipeline_id", "status", "currency", "amount", "probability" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_opportunity_stage_changes_opportunity_id",
                schema: "sales",
                table: "opportunity_stage_changes");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_close_date_id",
                schema: "sales",
                table: "opportunities");

            migrationBuilder.DropIndex(
                name: "ix_opportunities_team_id_stage_id_close_date_id",
                schema: "sales",
                table: "opportunities");

            migrationBuilder.CreateIndex(
                name: "ix_opportunities_close_date_id",
                schema: "sales",
                table: "opportunities",
                columns: new[] { "close_date", "id" });
        }
    }
}
