using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class KeyCasesAndSupervision : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_KeyCaseSuggestions_SuggestedOn",
                table: "KeyCaseSuggestions");

            migrationBuilder.AddColumn<string>(
                name: "DecidedBy",
                table: "KeyCaseSuggestions",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "DecidedOn",
                table: "KeyCaseSuggestions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "DecisionReason",
                table: "KeyCaseSuggestions",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "KeyCaseId",
                table: "KeyCaseSuggestions",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "KeyCaseSuggestions",
                type: "TEXT",
                maxLength: 16,
                nullable: false,
                defaultValue: "Pending");

            migrationBuilder.CreateTable(
                name: "KeyCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ReasonText = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    LeaderInChargeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LeaderInChargeName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    DesignatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DesignatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SuggestionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UndesignatedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UndesignationReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UndesignatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyCases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SubjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubjectLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Instruction = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    FirstDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AddresseeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AddresseeName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KeyCaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    WrittenBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    KeyCaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyCaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyCaseNotes_KeyCases_KeyCaseId",
                        column: x => x.KeyCaseId,
                        principalTable: "KeyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionOrderCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionOrderCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionOrderCases_SupervisionOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "SupervisionOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Progress = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    NewDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OrderId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionReports_SupervisionOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "SupervisionOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KeyCaseSuggestions_Status_SuggestedOn",
                table: "KeyCaseSuggestions",
                columns: new[] { "Status", "SuggestedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyCaseNotes_KeyCaseId",
                table: "KeyCaseNotes",
                column: "KeyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyCases_CaseId",
                table: "KeyCases",
                column: "CaseId",
                unique: true,
                filter: "\"UndesignatedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_KeyCases_LeaderInChargeId_UndesignatedOn",
                table: "KeyCases",
                columns: new[] { "LeaderInChargeId", "UndesignatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyCases_UndesignatedOn_DesignatedOn",
                table: "KeyCases",
                columns: new[] { "UndesignatedOn", "DesignatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrderCases_CaseId",
                table: "SupervisionOrderCases",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrderCases_OrderId",
                table: "SupervisionOrderCases",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_AddresseeId_Status_DueOn",
                table: "SupervisionOrders",
                columns: new[] { "AddresseeId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_CaseId",
                table: "SupervisionOrders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_IssuedOn",
                table: "SupervisionOrders",
                column: "IssuedOn");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_Status_DueOn",
                table: "SupervisionOrders",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_SubjectKind_SubjectId",
                table: "SupervisionOrders",
                columns: new[] { "SubjectKind", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionReports_OrderId",
                table: "SupervisionReports",
                column: "OrderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeyCaseNotes");

            migrationBuilder.DropTable(
                name: "SupervisionOrderCases");

            migrationBuilder.DropTable(
                name: "SupervisionReports");

            migrationBuilder.DropTable(
                name: "KeyCases");

            migrationBuilder.DropTable(
                name: "SupervisionOrders");

            migrationBuilder.DropIndex(
                name: "IX_KeyCaseSuggestions_Status_SuggestedOn",
                table: "KeyCaseSuggestions");

            migrationBuilder.DropColumn(
                name: "DecidedBy",
                table: "KeyCaseSuggestions");

            migrationBuilder.DropColumn(
                name: "DecidedOn",
                table: "KeyCaseSuggestions");

            migrationBuilder.DropColumn(
                name: "DecisionReason",
                table: "KeyCaseSuggestions");

            migrationBuilder.DropColumn(
                name: "KeyCaseId",
                table: "KeyCaseSuggestions");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "KeyCaseSuggestions");

            migrationBuilder.CreateIndex(
                name: "IX_KeyCaseSuggestions_SuggestedOn",
                table: "KeyCaseSuggestions",
                column: "SuggestedOn");
        }
    }
}
