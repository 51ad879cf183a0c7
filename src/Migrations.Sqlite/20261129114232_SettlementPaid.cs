using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SettlementPaid : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SettlementPaidFen",
                table: "Cases",
                type: "INTEGER",
                nullable: true);

            // Settlements recorded before: the payments dated on or after the agreement.
            migrationBuilder.Sql(
                "UPDATE Cases SET SettlementPaidFen = (SELECT COALESCE(SUM(p.AmountFen), 0) FROM CasePayments p " +
                "WHERE p.CaseId = Cases.Id AND p.PaidOn >= Cases.SettlementAgreedOn) " +
                "WHERE SettlementAgreedOn IS NOT NULL AND SettlementStatus = 'Active';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SettlementPaidFen",
                table: "Cases");
        }
    }
}
