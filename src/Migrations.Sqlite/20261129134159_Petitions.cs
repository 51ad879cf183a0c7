using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Petitions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KeyCaseSuggestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    SuggestedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyCaseSuggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyCaseSuggestions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Petitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ForwardedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ForwardedDocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReceivedAt = table.Column<TimeOnly>(type: "TEXT", nullable: true),
                    ReceivedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReceivedByStaffId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Headcount = table.Column<int>(type: "INTEGER", nullable: true),
                    Collective = table.Column<bool>(type: "INTEGER", nullable: false),
                    Repeat = table.Column<bool>(type: "INTEGER", nullable: false),
                    RepeatOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Track = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Request = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AcceptDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NotAcceptedReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    AssignDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    AssigneeKind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ResolveDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExtensionDays = table.Column<int>(type: "INTEGER", nullable: false),
                    ExtensionReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ExtendedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Satisfaction = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    UnresolvedCases = table.Column<int>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Petitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PetitionCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionCases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_PetitionCases_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PetitionPetitioners",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SearchName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdNumber = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    IdentityCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    NamePhone = table.Column<string>(type: "TEXT", maxLength: 121, nullable: true),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionPetitioners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionPetitioners_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PetitionRounds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RequestDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionRounds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionRounds_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PetitionSteps",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 2200, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PetitionId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PetitionSteps", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PetitionSteps_Petitions_PetitionId",
                        column: x => x.PetitionId,
                        principalTable: "Petitions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KeyCaseSuggestions_CaseId_Reason_PetitionId",
                table: "KeyCaseSuggestions",
                columns: new[] { "CaseId", "Reason", "PetitionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KeyCaseSuggestions_SuggestedOn",
                table: "KeyCaseSuggestions",
                column: "SuggestedOn");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionCases_CaseId",
                table: "PetitionCases",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionCases_CaseNumber",
                table: "PetitionCases",
                column: "CaseNumber");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionCases_PetitionId",
                table: "PetitionCases",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionPetitioners_IdentityCode",
                table: "PetitionPetitioners",
                column: "IdentityCode");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionPetitioners_NamePhone",
                table: "PetitionPetitioners",
                column: "NamePhone");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionPetitioners_PetitionId",
                table: "PetitionPetitioners",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionRounds_PetitionId",
                table: "PetitionRounds",
                column: "PetitionId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_AssigneeId_AssigneeKind",
                table: "Petitions",
                columns: new[] { "AssigneeId", "AssigneeKind" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Collective_ReceivedOn",
                table: "Petitions",
                columns: new[] { "Collective", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_DueOn_Status",
                table: "Petitions",
                columns: new[] { "DueOn", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_ReceivedOn_Channel",
                table: "Petitions",
                columns: new[] { "ReceivedOn", "Channel" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Repeat_ReceivedOn",
                table: "Petitions",
                columns: new[] { "Repeat", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_Status_ReceivedOn",
                table: "Petitions",
                columns: new[] { "Status", "ReceivedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_UnresolvedCases",
                table: "Petitions",
                column: "UnresolvedCases");

            migrationBuilder.CreateIndex(
                name: "IX_PetitionSteps_PetitionId",
                table: "PetitionSteps",
                column: "PetitionId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KeyCaseSuggestions");

            migrationBuilder.DropTable(
                name: "PetitionCases");

            migrationBuilder.DropTable(
                name: "PetitionPetitioners");

            migrationBuilder.DropTable(
                name: "PetitionRounds");

            migrationBuilder.DropTable(
                name: "PetitionSteps");

            migrationBuilder.DropTable(
                name: "Petitions");
        }
    }
}
