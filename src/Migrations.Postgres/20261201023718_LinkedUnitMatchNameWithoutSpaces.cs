using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LinkedUnitMatchNameWithoutSpaces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // A unit is matched on its name without spaces (LinkedUnit.MatchNameOf); the stored key is already normalized.
            // Units whose names differ only by spaces keep their keys, so the unique index holds; an administrator merges them.
            migrationBuilder.Sql("""
                UPDATE "LinkedUnits"
                SET "MatchName" = replace(replace("MatchName", ' ', ''), chr(160), '')
                WHERE NOT EXISTS (
                    SELECT 1 FROM "LinkedUnits" AS "Other"
                    WHERE "Other"."Id" <> "LinkedUnits"."Id"
                      AND replace(replace("Other"."MatchName", ' ', ''), chr(160), '') = replace(replace("LinkedUnits"."MatchName", ' ', ''), chr(160), ''));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The keys stay without spaces: the removed spaces are not recorded, and a key without them still matches.
        }
    }
}
