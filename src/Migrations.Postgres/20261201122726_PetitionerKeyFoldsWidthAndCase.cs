using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PetitionerKeyFoldsWidthAndCase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The name-and-phone key reads the name as search reads it (the stored SearchName: full-width letters as
            // half-width, Latin letters whatever their case) without spaces, and the phone's digits only (Petitioner.KeyOf).
            migrationBuilder.Sql("""
                UPDATE "PetitionPetitioners"
                SET "NamePhone" = replace(replace("SearchName", ' ', ''), chr(160), '') || '|' || replace("Phone", '-', '')
                WHERE "Phone" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "PetitionPetitioners"
                SET "NamePhone" = replace(replace(replace("Name", ' ', ''), chr(12288), ''), chr(160), '') || '|' || replace("Phone", '-', '')
                WHERE "Phone" IS NOT NULL;
                """);
        }
    }
}
