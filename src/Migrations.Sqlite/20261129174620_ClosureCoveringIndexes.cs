using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClosureCoveringIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_ClosedOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_FiledOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseMeasures_CaseId",
                table: "CaseMeasures");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FiledOn_CaseType",
                table: "Cases",
                columns: new[] { "FiledOn", "CaseType" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeasures_CaseId_Kind_TakenOn_VoidedOn",
                table: "CaseMeasures",
                columns: new[] { "CaseId", "Kind", "TakenOn", "VoidedOn" });

            // Closures in a range, read from the index alone: the dashboard's closure figures and trend, and the case
            // list's closedFrom/closedTo (ClosedOn first); and a closure mode's cases with their ids, for 终本's
            // conditions. EF cannot name the owner's columns in the owned Closure's index, hence SQL.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Cases_Closures" ON "Cases" ("ClosedOn", "ClosureMode", "Deadline", "ClaimedFen", "RecoveredFen") WHERE "ClosedOn" IS NOT NULL;
                CREATE INDEX "IX_Cases_ClosureMode_ClosedOn" ON "Cases" ("ClosureMode", "ClosedOn", "Id") WHERE "ClosedOn" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX "IX_Cases_Closures";
                DROP INDEX "IX_Cases_ClosureMode_ClosedOn";
                """);

            migrationBuilder.DropIndex(
                name: "IX_Cases_FiledOn_CaseType",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_CaseMeasures_CaseId_Kind_TakenOn_VoidedOn",
                table: "CaseMeasures");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_ClosedOn",
                table: "Cases",
                column: "ClosedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FiledOn",
                table: "Cases",
                column: "FiledOn");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeasures_CaseId",
                table: "CaseMeasures",
                column: "CaseId");
        }
    }
}
