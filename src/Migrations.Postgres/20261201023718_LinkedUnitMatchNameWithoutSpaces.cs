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
            // Of units whose names differ only by spaces, one takes the key (the one that already has it, else the first
            // registered) and the others keep theirs, so the unique index holds; an administrator renames or deactivates them.
            migrationBuilder.Sql("""
                UPDATE "LinkedUnits"
                SET "MatchName" = replace(replace("MatchName", ' ', ''), chr(160), '')
                WHERE NOT EXISTS (
                    SELECT 1 FROM "LinkedUnits" AS "Other"
                    WHERE "Other"."Id" <> "LinkedUnits"."Id"
                      AND replace(replace("Other"."MatchName", ' ', ''), chr(160), '') = replace(replace("LinkedUnits"."MatchName", ' ', ''), chr(160), '')
                      AND ("Other"."MatchName" = replace(replace("Other"."MatchName", ' ', ''), chr(160), '') OR "Other"."Id" < "LinkedUnits"."Id"));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The keys stay without spaces: the removed spaces are not recorded, and a key without them still matches.
        }
    }
}
