using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeasureReportsDebtorMissing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "ReportsDebtorMissing",
                table: "CaseMeasures",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReportsDebtorMissing",
                table: "CaseMeasures");
        }
    }
}
