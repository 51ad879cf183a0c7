using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Corrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "RecordId",
                table: "CaseTimeline",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VoidedOn",
                table: "CasePauses",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "VoidedOn",
                table: "CaseMeasures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecordId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VoidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VoidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VoidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseCorrections_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreservationCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Voided = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    VoidedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    VoidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    VoidedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreservationCorrections_PreservationOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "PreservationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseCorrections_CaseId_Kind",
                table: "CaseCorrections",
                columns: new[] { "CaseId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseCorrections_RecordId",
                table: "CaseCorrections",
                column: "RecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreservationCorrections_OrderId",
                table: "PreservationCorrections",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseCorrections");

            migrationBuilder.DropTable(
                name: "PreservationCorrections");

            migrationBuilder.DropColumn(
                name: "RecordId",
                table: "CaseTimeline");

            migrationBuilder.DropColumn(
                name: "VoidedOn",
                table: "CasePauses");

            migrationBuilder.DropColumn(
                name: "VoidedOn",
                table: "CaseMeasures");
        }
    }
}
