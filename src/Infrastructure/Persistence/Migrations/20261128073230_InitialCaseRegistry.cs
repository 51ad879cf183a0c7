using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class InitialCaseRegistry : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NonLitigation = table.Column<bool>(type: "INTEGER", nullable: false),
                    BasisIssuer = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BasisDocumentNumber = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    BasisEffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ClaimedFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RecoveredFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    EnterpriseRelated = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublicBodyDebtor = table.Column<bool>(type: "INTEGER", nullable: false),
                    PausedDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseApplicants",
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
                    table.PrimaryKey("PK_CaseApplicants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseApplicants_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseRespondents",
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
                    table.PrimaryKey("PK_CaseRespondents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseRespondents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CaseApplicants_CaseId",
                table: "CaseApplicants",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseApplicants_Name",
                table: "CaseApplicants",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRespondents_CaseId",
                table: "CaseRespondents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRespondents_Name",
                table: "CaseRespondents",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CaseNumber",
                table: "Cases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CaseType",
                table: "Cases",
                column: "CaseType");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Deadline",
                table: "Cases",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_EnterpriseRelated",
                table: "Cases",
                column: "EnterpriseRelated");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FiledOn",
                table: "Cases",
                column: "FiledOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PublicBodyDebtor",
                table: "Cases",
                column: "PublicBodyDebtor");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status",
                table: "Cases",
                column: "Status");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseApplicants");

            migrationBuilder.DropTable(
                name: "CaseRespondents");

            migrationBuilder.DropTable(
                name: "Cases");
        }
    }
}
