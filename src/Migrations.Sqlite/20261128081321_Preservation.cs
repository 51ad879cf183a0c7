using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Preservation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "HoldAssetKind",
                table: "CaseMeasures",
                type: "TEXT",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HoldExpiresOn",
                table: "CaseMeasures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "HoldReleaseReason",
                table: "CaseMeasures",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HoldReleasedOn",
                table: "CaseMeasures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "HoldStartOn",
                table: "CaseMeasures",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseMeasureRenewals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RenewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PreviousExpiry = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NewExpiry = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeasureRenewals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMeasureRenewals_CaseMeasures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "CaseMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreservationOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LitigationCaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    SecurityForm = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    SecurityFen = table.Column<long>(type: "INTEGER", nullable: true),
                    ApplicationReceivedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RuledAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    RuledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RulingLate = table.Column<bool>(type: "INTEGER", nullable: false),
                    PerformancePeriodEndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LawsuitCaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LawsuitFiledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LiftDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ConvertedToCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ConvertedToCaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    ConvertedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PreservationApplicants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationApplicants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreservationApplicants_PreservationOrders_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PreservationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreservationMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: true),
                    HolderOrRegistry = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    HoldAssetKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    HoldStartOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HoldExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    HoldReleasedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    HoldReleaseReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreservationMeasures_PreservationOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "PreservationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreservationRespondents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationRespondents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreservationRespondents_PreservationOrders_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PreservationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreservationMeasureRenewals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RenewedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PreviousExpiry = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NewExpiry = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationMeasureRenewals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreservationMeasureRenewals_PreservationMeasures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "PreservationMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeasures_HoldExpiresOn_HoldReleasedOn",
                table: "CaseMeasures",
                columns: new[] { "HoldExpiresOn", "HoldReleasedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeasureRenewals_MeasureId",
                table: "CaseMeasureRenewals",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationApplicants_CaseId",
                table: "PreservationApplicants",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationApplicants_Name",
                table: "PreservationApplicants",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationMeasureRenewals_MeasureId",
                table: "PreservationMeasureRenewals",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationMeasures_HoldExpiresOn_HoldReleasedOn",
                table: "PreservationMeasures",
                columns: new[] { "HoldExpiresOn", "HoldReleasedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PreservationMeasures_OrderId",
                table: "PreservationMeasures",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationOrders_CaseNumber",
                table: "PreservationOrders",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreservationOrders_ConvertedToCaseId",
                table: "PreservationOrders",
                column: "ConvertedToCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationOrders_Status_LiftDueOn",
                table: "PreservationOrders",
                columns: new[] { "Status", "LiftDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PreservationRespondents_CaseId",
                table: "PreservationRespondents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationRespondents_Name",
                table: "PreservationRespondents",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseMeasureRenewals");

            migrationBuilder.DropTable(
                name: "PreservationApplicants");

            migrationBuilder.DropTable(
                name: "PreservationMeasureRenewals");

            migrationBuilder.DropTable(
                name: "PreservationRespondents");

            migrationBuilder.DropTable(
                name: "PreservationMeasures");

            migrationBuilder.DropTable(
                name: "PreservationOrders");

            migrationBuilder.DropIndex(
                name: "IX_CaseMeasures_HoldExpiresOn_HoldReleasedOn",
                table: "CaseMeasures");

            migrationBuilder.DropColumn(
                name: "HoldAssetKind",
                table: "CaseMeasures");

            migrationBuilder.DropColumn(
                name: "HoldExpiresOn",
                table: "CaseMeasures");

            migrationBuilder.DropColumn(
                name: "HoldReleaseReason",
                table: "CaseMeasures");

            migrationBuilder.DropColumn(
                name: "HoldReleasedOn",
                table: "CaseMeasures");

            migrationBuilder.DropColumn(
                name: "HoldStartOn",
                table: "CaseMeasures");
        }
    }
}
