using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Crm.Customers.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "customers");

            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,");

            migrationBuilder.CreateTable(
                name: "accounts",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    alternate_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    industry = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    website = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    address_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    address_region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    notes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    tier = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    relationship = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    merged_into_id = table.Column<Guid>(type: "uuid", nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: false, computedColumnSql: "lower(name || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(email, '') || ' ' || coalesce(website, '')) || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_accounts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "classification_changes",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    record_type = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    record_id = table.Column<Guid>(type: "uuid", nullable: false),
                    field = table.Column<string>(type: "character varying(15)", maxLength: 15, nullable: false),
                    old_value = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    new_value = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    changed_by = table.Column<Guid>(type: "uuid", nullable: false),
                    changed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_classification_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "contacts",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    alternate_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    job_title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    mobile = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    address_city = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    address_country = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: true),
                    address_line1 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_line2 = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    address_postal_code = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    address_region = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    notes = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    tags = table.Column<List<string>>(type: "text[]", nullable: false),
                    tier = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    stage = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    relationship = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    deleted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    merged_into_id = table.Column<Guid>(type: "uuid", nullable: true),
                    search_text = table.Column<string>(type: "text", nullable: false, computedColumnSql: "lower(full_name || ' ' || coalesce(alternate_name, '') || ' ' || coalesce(email, '')) || ' ' || regexp_replace(coalesce(phone, ''), '[^0-9]', '', 'g') || ' ' || regexp_replace(coalesce(mobile, ''), '[^0-9]', '', 'g')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_contacts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "inbox_messages",
                schema: "customers",
                columns: table => new
                {
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    handled_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_inbox_messages", x => new { x.event_id, x.handler });
                });

            migrationBuilder.CreateTable(
                name: "interactions",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    direction = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    user_id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_interactions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "outbox_messages",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    type = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    payload = table.Column<string>(type: "jsonb", nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    processed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    next_attempt_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    last_error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_outbox_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "tasks",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true),
                    due_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    priority = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    completed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    owner_id = table.Column<Guid>(type: "uuid", nullable: false),
                    team_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tasks", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "timeline_entries",
                schema: "customers",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    account_id = table.Column<Guid>(type: "uuid", nullable: true),
                    contact_id = table.Column<Guid>(type: "uuid", nullable: true),
                    kind = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    occurred_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    source_module = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    source_id = table.Column<Guid>(type: "uuid", nullable: false),
                    actor_id = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_timeline_entries", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_created_at_id",
                schema: "customers",
                table: "accounts",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_merged_into_id",
                schema: "customers",
                table: "accounts",
                column: "merged_into_id",
                filter: "merged_into_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_name_id",
                schema: "customers",
                table: "accounts",
                columns: new[] { "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_owner_id_id",
                schema: "customers",
                table: "accounts",
                columns: new[] { "owner_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_search_text",
                schema: "customers",
                table: "accounts",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_tags",
                schema: "customers",
                table: "accounts",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_accounts_team_id_id",
                schema: "customers",
                table: "accounts",
                columns: new[] { "team_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_tier_owner_id_name_id",
                schema: "customers",
                table: "accounts",
                columns: new[] { "tier", "owner_id", "name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_accounts_updated_at_id",
                schema: "customers",
                table: "accounts",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_classification_changes_record_id_changed_at",
                schema: "customers",
                table: "classification_changes",
                columns: new[] { "record_id", "changed_at" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_account_id_full_name_id",
                schema: "customers",
                table: "contacts",
                columns: new[] { "account_id", "full_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_created_at_id",
                schema: "customers",
                table: "contacts",
                columns: new[] { "created_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_email",
                schema: "customers",
                table: "contacts",
                column: "email");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_full_name_id",
                schema: "customers",
                table: "contacts",
                columns: new[] { "full_name", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_merged_into_id",
                schema: "customers",
                table: "contacts",
                column: "merged_into_id",
                filter: "merged_into_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_owner_id_id",
                schema: "customers",
                table: "contacts",
                columns: new[] { "owner_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_phone",
                schema: "customers",
                table: "contacts",
                column: "phone");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_search_text",
                schema: "customers",
                table: "contacts",
                column: "search_text")
                .Annotation("Npgsql:IndexMethod", "gin")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_tags",
                schema: "customers",
                table: "contacts",
                column: "tags")
                .Annotation("Npgsql:IndexMethod", "gin");

            migrationBuilder.CreateIndex(
                name: "ix_contacts_team_id_id",
                schema: "customers",
                table: "contacts",
                columns: new[] { "team_id", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_contacts_updated_at_id",
                schema: "customers",
                table: "contacts",
                columns: new[] { "updated_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_account_id_occurred_at_id",
                schema: "customers",
                table: "interactions",
                columns: new[] { "account_id", "occurred_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_interactions_contact_id_occurred_at_id",
                schema: "customers",
                table: "interactions",
                columns: new[] { "contact_id", "occurred_at", "id" },
                descending: new[] { false, true, true });

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

            migrationBuilder.CreateIndex(
                name: "ix_outbox_messages_occurred_at_id",
                schema: "customers",
                table: "outbox_messages",
                columns: new[] { "occurred_at", "id" },
                filter: "processed_at IS NULL");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_account_id",
                schema: "customers",
                table: "tasks",
                column: "account_id");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_contact_id",
                schema: "customers",
                table: "tasks",
                column: "contact_id");

            migrationBuilder.CreateIndex(
                name: "ix_tasks_due_at_id",
                schema: "customers",
                table: "tasks",
                columns: new[] { "due_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_tasks_owner_id_status_due_at_id",
                schema: "customers",
                table: "tasks",
                columns: new[] { "owner_id", "status", "due_at", "id" });

            migrationBuilder.CreateIndex(
                name: "ix_timeline_entries_account_id_occurred_at_id",
                schema: "customers",
                table: "timeline_entries",
                columns: new[] { "account_id", "occurred_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_timeline_entries_contact_id_occurred_at_id",
                schema: "customers",
                table: "timeline_entries",
                columns: new[] { "contact_id", "occurred_at", "id" },
                descending: new[] { false, true, true });

            migrationBuilder.CreateIndex(
                name: "ix_timeline_entries_source_id_kind",
                schema: "customers",
                table: "timeline_entries",
                columns: new[] { "source_id", "kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "accounts",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "classification_changes",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "contacts",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "inbox_messages",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "interactions",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "outbox_messages",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "tasks",
                schema: "customers");

            migrationBuilder.DropTable(
                name: "timeline_entries",
                schema: "customers");
        }
    }
}
