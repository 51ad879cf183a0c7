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

            // Debts still unpaid on cases already closed other than by 终本 end with them, as a closure now does;
            // their open instalment is no longer due.
            migrationBuilder.Sql(
                """
                UPDATE "Obligations" SET "EndedOn" = c."ClosedOn", "EndedWith" = c."ClosureMode", "OpenInstalmentDueOn" = NULL
                FROM "Cases" AS c
                WHERE c."Id" = "Obligations"."CaseId" AND NOT "Obligations"."Performed"
                  AND c."Status" = 'Closed' AND c."ClosureMode" <> 'TerminatedThisRound';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "EndedOn",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "EndedWith",
                table: "Obligations");
        }
    }
}
