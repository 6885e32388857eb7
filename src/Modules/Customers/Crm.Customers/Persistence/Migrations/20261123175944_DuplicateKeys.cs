using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Customers.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class DuplicateKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Expression indexes are not part of EF's model, so they are plain SQL here (see DuplicateKeys).
            migrationBuilder.Sql(Persistence.DuplicateKeys.PhoneDigitsFunction);
            migrationBuilder.Sql(Persistence.DuplicateKeys.Indexes);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Persistence.DuplicateKeys.DropAll);
        }
    }
}
