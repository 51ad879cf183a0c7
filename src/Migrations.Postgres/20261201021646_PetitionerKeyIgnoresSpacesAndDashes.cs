using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PetitionerKeyIgnoresSpacesAndDashes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The name-and-phone key reads the name without spaces (also the ideographic and the no-break space) and
            // the phone's digits only (Petitioner.KeyOf).
            migrationBuilder.Sql("""
                UPDATE "PetitionPetitioners"
                SET "NamePhone" = replace(replace(replace("Name", ' ', ''), chr(12288), ''), chr(160), '') || '|' || replace("Phone", '-', '')
                WHERE "Phone" IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""UPDATE "PetitionPetitioners" SET "NamePhone" = "Name" || '|' || "Phone" WHERE "Phone" IS NOT NULL;""");
        }
    }
}
