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

            // The index checks its candidates against this copy of each case's search text, and pages them in filing
            // order by this copy of its filing date; neither changes after registration. The rows already written take
            // them from their cases.
            migrationBuilder.Sql("UPDATE \"CaseSearchEntries\" SET (\"Text\", \"FiledOn\") = (SELECT c.\"SearchText\", c.\"FiledOn\" FROM \"Cases\" AS c WHERE c.\"Id\" = \"CaseSearchEntries\".\"CaseId\");");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FiledOn",
                table: "CaseSearchEntries");

            migrationBuilder.DropColumn(
                name: "Text",
                table: "CaseSearchEntries");
        }
    }
}
