using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NormalizedSearchText : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SearchName",
                table: "Staff",
                type: "TEXT",
                maxLength: 50,
                nullable: false,
                defaultValue: "");

            // Existing rows, normalized as SearchText.Normalize does for the characters court data holds: full-width
            // parentheses become ASCII and Latin letters lower case (SQLite's lower() folds ASCII only; a name with
            // accented Latin letters is normalized in full when it is next saved).
            migrationBuilder.Sql("UPDATE Staff SET SearchName = lower(replace(replace(Name, '（', '('), '）', ')'));");
            migrationBuilder.Sql("UPDATE Cases SET SearchText = lower(replace(replace(SearchText, '（', '('), '）', ')'));");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SearchName",
                table: "Staff");
        }
    }
}
