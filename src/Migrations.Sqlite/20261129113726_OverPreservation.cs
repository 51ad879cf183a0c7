using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OverPreservation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "HeldBasisPoints",
                table: "PreservationOrders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "HeldFen",
                table: "PreservationOrders",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "IX_PreservationOrders_Status_HeldBasisPoints",
                table: "PreservationOrders",
                columns: new[] { "Status", "HeldBasisPoints" });

            // Orders recorded before: the stated values of their unreleased measures, and that as a share of the amount
            // to preserve in hundredths of a percent rounded up, as PreservationOrder.RecountHeld counts them.
            migrationBuilder.Sql(
                "UPDATE PreservationOrders SET HeldFen = (SELECT COALESCE(SUM(m.AmountFen), 0) FROM PreservationMeasures m " +
                "WHERE m.OrderId = PreservationOrders.Id AND m.HoldReleasedOn IS NULL);");
            migrationBuilder.Sql(
                "UPDATE PreservationOrders SET HeldBasisPoints = MIN(2147483647, (HeldFen * 10000 + AmountFen - 1) / AmountFen) WHERE AmountFen > 0;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PreservationOrders_Status_HeldBasisPoints",
                table: "PreservationOrders");

            migrationBuilder.DropColumn(
                name: "HeldBasisPoints",
                table: "PreservationOrders");

            migrationBuilder.DropColumn(
                name: "HeldFen",
                table: "PreservationOrders");
        }
    }
}
