using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FragmentIndexKeepsTextAndFilingDate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "FiledOn",
                table: "CaseSearchEntries",
                type: "TEXT",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "CaseSearchEntries",
                type: "TEXT",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            // The text index follows a row's pairs only: a change to another column no longer re-indexes the row (the
            // copy below would otherwise delete and re-insert every case's pairs).
            migrationBuilder.Sql("""DROP TRIGGER "CaseSearchEntries_Updated";""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchEntries_Updated" AFTER UPDATE OF "Grams" ON "CaseSearchEntries" BEGIN
                    INSERT INTO "CaseGrams"("CaseGrams", rowid, "Grams") VALUES ('delete', old."Id", old."Grams");
                    INSERT INTO "CaseGrams"(rowid, "Grams") VALUES (new."Id", new."Grams");
                END;
                """);

            // The index checks its candidates against this copy of each case's search text, and pages them in filing
            // order by this copy of its filing date; neither changes after registration. The rows already written take
            // them from their cases.
            migrationBuilder.Sql("UPDATE \"CaseSearchEntries\" SET \"Text\" = c.\"SearchText\", \"FiledOn\" = c.\"FiledOn\" FROM \"Cases\" AS c WHERE c.\"Id\" = \"CaseSearchEntries\".\"CaseId\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // SQLite's own DROP COLUMN, not EF's rebuild of the table, which would drop the text index's triggers.
            migrationBuilder.Sql("""ALTER TABLE "CaseSearchEntries" DROP COLUMN "FiledOn";""");
            migrationBuilder.Sql("""ALTER TABLE "CaseSearchEntries" DROP COLUMN "Text";""");
            migrationBuilder.Sql("""DROP TRIGGER "CaseSearchEntries_Updated";""");
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchEntries_Updated" AFTER UPDATE ON "CaseSearchEntries" BEGIN
                    INSERT INTO "CaseGrams"("CaseGrams", rowid, "Grams") VALUES ('delete', old."Id", old."Grams");
                    INSERT INTO "CaseGrams"(rowid, "Grams") VALUES (new."Id", new."Grams");
                END;
                """);
        }
    }
}
