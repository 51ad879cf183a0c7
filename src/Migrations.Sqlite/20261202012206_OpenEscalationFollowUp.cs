using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OpenEscalationFollowUp : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "OpenEscalationFollowUpDueOn",
                table: "Obligations",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_Owing_OpenEscalationFollowUpDueOn",
                table: "Obligations",
                columns: new[] { "Owing", "OpenEscalationFollowUpDueOn" });

            // The earliest follow-up deadline among the reports without an outcome (Obligation.Recount).
            migrationBuilder.Sql("""
                UPDATE "Obligations"
                SET "OpenEscalationFollowUpDueOn" = (
                    SELECT MIN(e."FollowUpDueOn") FROM "ObligationEscalations" AS e
                    WHERE e."ObligationId" = "Obligations"."Id" AND e."Outcome" IS NULL);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Obligations_Owing_OpenEscalationFollowUpDueOn",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "OpenEscalationFollowUpDueOn",
                table: "Obligations");
        }
    }
}
