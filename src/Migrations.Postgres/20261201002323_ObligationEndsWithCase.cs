using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ObligationEndsWithCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Obligations_LinkedUnitId_Performed",
                table: "Obligations");

            migrationBuilder.DropIndex(
                name: "IX_Obligations_Performed_EscalationLevel_OpenLetterReplyDueOn",
                table: "Obligations");

            migrationBuilder.DropIndex(
                name: "IX_Obligations_Performed_PlanRevision_OpenInstalmentDueOn",
                table: "Obligations");

            migrationBuilder.DropIndex(
                name: "IX_Obligations_Performed_StatutoryDueOn",
                table: "Obligations");

            migrationBuilder.AddColumn<DateOnly>(
                name: "EndedOn",
                table: "Obligations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "EndedWith",
                table: "Obligations",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "Owing",
                table: "Obligations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            // Debts still unpaid on cases already closed other than by 终本 end with them, as a closure now does (their open
            // instalment is no longer due); every other debt is owed while it is not performed.
            migrationBuilder.Sql(
                """
                UPDATE "Obligations" SET "EndedOn" = c."ClosedOn", "EndedWith" = c."ClosureMode", "OpenInstalmentDueOn" = NULL
                FROM "Cases" AS c
                WHERE c."Id" = "Obligations"."CaseId" AND NOT "Obligations"."Performed"
                  AND c."Status" = 'Closed' AND c."ClosureMode" <> 'TerminatedThisRound';
                """);
            migrationBuilder.Sql("""UPDATE "Obligations" SET "Owing" = NOT "Performed" AND "EndedOn" IS NULL;""");

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_LinkedUnitId_Owing",
                table: "Obligations",
                columns: new[] { "LinkedUnitId", "Owing" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_Owing_EscalationLevel_OpenLetterReplyDueOn",
                table: "Obligations",
                columns: new[] { "Owing", "EscalationLevel", "OpenLetterReplyDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_Owing_PlanRevision_OpenInstalmentDueOn",
                table: "Obligations",
                columns: new[] { "Owing", "PlanRevision", "OpenInstalmentDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_Owing_StatutoryDueOn",
                table: "Obligations",
                columns: new[] { "Owing", "StatutoryDueOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Obligations_LinkedUnitId_Owing",
                table: "Obligations");

            migrationBuilder.DropIndex(
                name: "IX_Obligations_Owing_EscalationLevel_OpenLetterReplyDueOn",
                table: "Obligations");

            migrationBuilder.DropIndex(
                name: "IX_Obligations_Owing_PlanRevision_OpenInstalmentDueOn",
                table: "Obligations");

            migrationBuilder.DropIndex(
                name: "IX_Obligations_Owing_StatutoryDueOn",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "EndedWith",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "Owing",
                table: "Obligations");

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_LinkedUnitId_Performed",
                table: "Obligations",
                columns: new[] { "LinkedUnitId", "Performed" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_Performed_EscalationLevel_OpenLetterReplyDueOn",
                table: "Obligations",
                columns: new[] { "Performed", "EscalationLevel", "OpenLetterReplyDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_Performed_PlanRevision_OpenInstalmentDueOn",
                table: "Obligations",
                columns: new[] { "Performed", "PlanRevision", "OpenInstalmentDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_Performed_StatutoryDueOn",
                table: "Obligations",
                columns: new[] { "Performed", "StatutoryDueOn" });
        }
    }
}
