using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PreEnforcementTasksAssistance : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AssistanceRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    UnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UnitKind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReplyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    ReplyDays = table.Column<int>(type: "INTEGER", nullable: true),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AssistanceRequests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AssistanceRequests_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AssistanceRequests_LinkedUnits_UnitId",
                        column: x => x.UnitId,
                        principalTable: "LinkedUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EnforcementTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    OriginKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 900, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ClaimedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ClaimedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompletedById = table.Column<Guid>(type: "TEXT", nullable: true),
                    CompletedByName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 900, nullable: true),
                    MeasureId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CancelReason = table.Column<string>(type: "TEXT", maxLength: 900, nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EnforcementTasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EnforcementTasks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PrePerformancePrompts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Court = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PerformanceDays = table.Column<int>(type: "INTEGER", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PerformanceDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    NoticeSentOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NoticeChannel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: true),
                    SettlementPlan = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PrePerformancePrompts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PrePerformancePrompts_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PromptApplicants",
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
                    table.PrimaryKey("PK_PromptApplicants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromptApplicants_PrePerformancePrompts_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PrePerformancePrompts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromptContacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ContactedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PromptId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromptContacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromptContacts_PrePerformancePrompts_PromptId",
                        column: x => x.PromptId,
                        principalTable: "PrePerformancePrompts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromptInstalments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    PromptId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PromptInstalments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromptInstalments_PrePerformancePrompts_PromptId",
                        column: x => x.PromptId,
                        principalTable: "PrePerformancePrompts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromptRespondents",
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
                    table.PrimaryKey("PK_PromptRespondents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PromptRespondents_PrePerformancePrompts_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PrePerformancePrompts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceRequests_CaseId_SentOn",
                table: "AssistanceRequests",
                columns: new[] { "CaseId", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceRequests_RepliedOn_ReplyDueOn",
                table: "AssistanceRequests",
                columns: new[] { "RepliedOn", "ReplyDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceRequests_SentOn_UnitId",
                table: "AssistanceRequests",
                columns: new[] { "SentOn", "UnitId" });

            migrationBuilder.CreateIndex(
                name: "IX_AssistanceRequests_UnitId_SentOn",
                table: "AssistanceRequests",
                columns: new[] { "UnitId", "SentOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementTasks_CaseId_Type_OriginKey",
                table: "EnforcementTasks",
                columns: new[] { "CaseId", "Type", "OriginKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementTasks_ClaimedById",
                table: "EnforcementTasks",
                column: "ClaimedById");

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementTasks_Status_DueOn",
                table: "EnforcementTasks",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_EnforcementTasks_Status_Type_DueOn",
                table: "EnforcementTasks",
                columns: new[] { "Status", "Type", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PrePerformancePrompts_CaseId",
                table: "PrePerformancePrompts",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrePerformancePrompts_DocumentNumber",
                table: "PrePerformancePrompts",
                column: "DocumentNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PrePerformancePrompts_EffectiveOn_Outcome",
                table: "PrePerformancePrompts",
                columns: new[] { "EffectiveOn", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_PrePerformancePrompts_Outcome_PerformanceDueOn",
                table: "PrePerformancePrompts",
                columns: new[] { "Outcome", "PerformanceDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PromptApplicants_CaseId",
                table: "PromptApplicants",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PromptApplicants_Name",
                table: "PromptApplicants",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_PromptContacts_PromptId",
                table: "PromptContacts",
                column: "PromptId");

            migrationBuilder.CreateIndex(
                name: "IX_PromptInstalments_PromptId",
                table: "PromptInstalments",
                column: "PromptId");

            migrationBuilder.CreateIndex(
                name: "IX_PromptRespondents_CaseId",
                table: "PromptRespondents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PromptRespondents_Name",
                table: "PromptRespondents",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AssistanceRequests");

            migrationBuilder.DropTable(
                name: "EnforcementTasks");

            migrationBuilder.DropTable(
                name: "PromptApplicants");

            migrationBuilder.DropTable(
                name: "PromptContacts");

            migrationBuilder.DropTable(
                name: "PromptInstalments");

            migrationBuilder.DropTable(
                name: "PromptRespondents");

            migrationBuilder.DropTable(
                name: "PrePerformancePrompts");
        }
    }
}
