using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class CaseBigramIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CaseSearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Grams = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSearchEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSearchEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSearchEntries_CaseId",
                table: "CaseSearchEntries",
                column: "CaseId",
                unique: true);

            // The text index over the pairs, kept in step with its rows by triggers (FTS5 external content). Each pair is
            // one token; a fragment is a phrase of its pairs. Sizes and ranks are not needed, only positions.
            migrationBuilder.Sql("""
                CREATE VIRTUAL TABLE "CaseGrams" USING fts5("Grams", content='CaseSearchEntries', content_rowid='Id', columnsize=0);
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchEntries_Inserted" AFTER INSERT ON "CaseSearchEntries" BEGIN
                    INSERT INTO "CaseGrams"(rowid, "Grams") VALUES (new."Id", new."Grams");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchEntries_Deleted" AFTER DELETE ON "CaseSearchEntries" BEGIN
                    INSERT INTO "CaseGrams"("CaseGrams", rowid, "Grams") VALUES ('delete', old."Id", old."Grams");
                END;
                """);
            migrationBuilder.Sql("""
                CREATE TRIGGER "CaseSearchEntries_Updated" AFTER UPDATE ON "CaseSearchEntries" BEGIN
                    INSERT INTO "CaseGrams"("CaseGrams", rowid, "Grams") VALUES ('delete', old."Id", old."Grams");
                    INSERT INTO "CaseGrams"(rowid, "Grams") VALUES (new."Id", new."Grams");
                END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DROP TRIGGER "CaseSearchEntries_Updated";""");
            migrationBuilder.Sql("""DROP TRIGGER "CaseSearchEntries_Deleted";""");
            migrationBuilder.Sql("""DROP TRIGGER "CaseSearchEntries_Inserted";""");
            migrationBuilder.Sql("""DROP TABLE "CaseGrams";""");
            migrationBuilder.DropTable(
                name: "CaseSearchEntries");
        }
    }
}
