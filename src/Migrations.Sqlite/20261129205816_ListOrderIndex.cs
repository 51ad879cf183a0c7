using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListOrderIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_FiledOn_CaseType",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FiledOn_Id_CaseType",
                table: "Cases",
                columns: new[] { "FiledOn", "Id", "CaseType" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_FiledOn_Id_CaseType",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FiledOn_CaseType",
                table: "Cases",
                columns: new[] { "FiledOn", "CaseType" });
        }
    }
}
