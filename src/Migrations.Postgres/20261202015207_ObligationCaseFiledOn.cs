using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ObligationCaseFiledOn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CaseFiledOn",
                table: "Obligations",
                type: "date",
                nullable: true);

            // When the debt's enforcement began: its case's filing, or for a 执恢 case (a debt moved there included) its original's.
            migrationBuilder.Sql("""
                UPDATE "Obligations"
                SET "CaseFiledOn" = COALESCE(
                    (SELECT o."FiledOn" FROM "Cases" AS c JOIN "Cases" AS o ON o."Id" = c."OriginalCaseId" WHERE c."Id" = "Obligations"."CaseId"),
                    (SELECT c."FiledOn" FROM "Cases" AS c WHERE c."Id" = "Obligations"."CaseId"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CaseFiledOn",
                table: "Obligations");
        }
    }
}
