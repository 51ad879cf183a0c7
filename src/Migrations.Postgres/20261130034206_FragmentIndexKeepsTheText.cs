using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FragmentIndexKeepsTheText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Text",
                table: "CaseSearchEntries",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                defaultValue: "");

            // The index checks its candidates against this copy of each case's search text, which never changes after
            // registration; the rows already written take it from their cases.
            migrationBuilder.Sql("UPDATE \"CaseSearchEntries\" AS e SET \"Text\" = c.\"SearchText\" FROM \"Cases\" AS c WHERE c.\"Id\" = e.\"CaseId\";");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Text",
                table: "CaseSearchEntries");
        }
    }
}
