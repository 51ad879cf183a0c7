using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QuotedCreditCodeFilter : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LinkedUnits_CreditCode",
                table: "LinkedUnits");

            migrationBuilder.CreateIndex(
                name: "IX_LinkedUnits_CreditCode",
                table: "LinkedUnits",
                column: "CreditCode",
                unique: true,
                filter: "\"CreditCode\" IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_LinkedUnits_CreditCode",
                table: "LinkedUnits");

            migrationBuilder.CreateIndex(
                name: "IX_LinkedUnits_CreditCode",
                table: "LinkedUnits",
                column: "CreditCode",
                unique: true,
                filter: "CreditCode IS NOT NULL");
        }
    }
}
