using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PauseEndedWithCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "EndedWithCase",
                table: "CasePauses",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            // A closed case's pause that ended on the closing day, the last one not voided, was ended by the closure (what
            // reopening read before this column), unless the settlement's breach or performance ended it that day.
            migrationBuilder.Sql("""
                UPDATE "CasePauses" SET "EndedWithCase" = TRUE
                WHERE "Id" IN (
                    SELECT p."Id" FROM "CasePauses" AS p JOIN "Cases" AS c ON c."Id" = p."CaseId"
                    WHERE c."ClosedOn" IS NOT NULL AND p."VoidedOn" IS NULL AND p."EndedOn" = c."ClosedOn"
                      AND (c."SettlementStatus" IS NULL OR c."SettlementStatus" NOT IN ('Breached', 'Performed')
                           OR c."SettlementEndedOn" IS NULL OR c."SettlementEndedOn" <> p."EndedOn")
                      AND p."StartedOn" = (SELECT MAX(q."StartedOn") FROM "CasePauses" AS q WHERE q."CaseId" = c."Id" AND q."VoidedOn" IS NULL));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndedWithCase",
                table: "CasePauses");
        }
    }
}
