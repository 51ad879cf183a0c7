using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LinkedUnitsAndObligations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The public-body debtor flag now follows from confirmed links to the unit registry, and no link exists yet.
            migrationBuilder.Sql("UPDATE Cases SET PublicBodyDebtor = 0;");

            migrationBuilder.AddColumn<Guid>(
                name: "ObligationId",
                table: "CasePayments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CaseUnitLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RespondentName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LinkedUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PublicBody = table.Column<bool>(type: "INTEGER", nullable: false),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LinkedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseUnitLinks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseUnitLinks_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "LinkedUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    FullName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: true),
                    SuperiorUnitId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ContactPerson = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    SearchText = table.Column<string>(type: "TEXT", maxLength: 131, nullable: false),
                    MatchName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkedUnits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Obligations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    LinkedUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Basis = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ContractPaymentDays = table.Column<int>(type: "INTEGER", nullable: true),
                    StatutoryDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    SinceOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    PaidFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Performed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PerformedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PlanRevision = table.Column<int>(type: "INTEGER", nullable: false),
                    OpenInstalmentDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    FirstUrgedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenLetterReplyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenSuggestionReplyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    EscalationLevel = table.Column<int>(type: "INTEGER", nullable: false),
                    EscalationFollowUpDueOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenEscalations = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Obligations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Obligations_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Obligations_LinkedUnits_LinkedUnitId",
                        column: x => x.LinkedUnitId,
                        principalTable: "LinkedUnits",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ObligationEscalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    FollowUpDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    OverriddenBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InstructionBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InstructedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Instruction = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OutcomeNote = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObligationEscalations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObligationEscalations_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObligationInstalments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObligationInstalments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObligationInstalments_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObligationLetters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReplyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObligationLetters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObligationLetters_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObligationMediations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Place = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Participants = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    ParticipantNames = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    AdjournedTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    PlanRevision = table.Column<int>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObligationMediations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObligationMediations_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObligationPayments",
                columns: table => new
                {
                    CasePaymentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    InstalmentNumber = table.Column<int>(type: "INTEGER", nullable: true),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObligationPayments", x => x.CasePaymentId);
                    table.ForeignKey(
                        name: "FK_ObligationPayments_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObligationPlanRevisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TotalFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObligationPlanRevisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObligationPlanRevisions_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ObligationSuggestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Recipient = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    RecipientUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DocumentNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ReplyDueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Reply = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    Adopted = table.Column<bool>(type: "INTEGER", nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    ObligationId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ObligationSuggestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ObligationSuggestions_Obligations_ObligationId",
                        column: x => x.ObligationId,
                        principalTable: "Obligations",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CasePayments_ObligationId",
                table: "CasePayments",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnitLinks_CaseId",
                table: "CaseUnitLinks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnitLinks_LinkedUnitId",
                table: "CaseUnitLinks",
                column: "LinkedUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_LinkedUnits_Active",
                table: "LinkedUnits",
                column: "Active");

            migrationBuilder.CreateIndex(
                name: "IX_LinkedUnits_CreditCode",
                table: "LinkedUnits",
                column: "CreditCode",
                unique: true,
                filter: "CreditCode IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "IX_LinkedUnits_Kind_FullName",
                table: "LinkedUnits",
                columns: new[] { "Kind", "FullName" });

            migrationBuilder.CreateIndex(
                name: "IX_LinkedUnits_MatchName",
                table: "LinkedUnits",
                column: "MatchName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_LinkedUnits_SuperiorUnitId",
                table: "LinkedUnits",
                column: "SuperiorUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_ObligationEscalations_ObligationId",
                table: "ObligationEscalations",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_ObligationEscalations_Outcome_FollowUpDueOn",
                table: "ObligationEscalations",
                columns: new[] { "Outcome", "FollowUpDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ObligationInstalments_ObligationId",
                table: "ObligationInstalments",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_ObligationLetters_ObligationId",
                table: "ObligationLetters",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_ObligationMediations_ObligationId",
                table: "ObligationMediations",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_ObligationPayments_ObligationId",
                table: "ObligationPayments",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_ObligationPlanRevisions_ObligationId",
                table: "ObligationPlanRevisions",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_CaseId_LinkedUnitId",
                table: "Obligations",
                columns: new[] { "CaseId", "LinkedUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_LinkedUnitId_Performed",
                table: "Obligations",
                columns: new[] { "LinkedUnitId", "Performed" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_OpenEscalations",
                table: "Obligations",
                column: "OpenEscalations");

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_Performed_EscalationLevel_OpenLetterReplyDueOn",
                table: "Obligations",
                columns: new[] { "Performed", "EscalationLevel", "OpenLetterReplyDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_Performed_PlanRevision_OpenInstalmentDueOn",
                table: "Obligations",
                columns: new[] { "Performed", "PlanRevision", "OpenInstalmentDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_Performed_StatutoryDueOn",
                table: "Obligations",
                columns: new[] { "Performed", "StatutoryDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Obligations_SinceOn",
                table: "Obligations",
                column: "SinceOn");

            migrationBuilder.CreateIndex(
                name: "IX_ObligationSuggestions_ObligationId",
                table: "ObligationSuggestions",
                column: "ObligationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CaseUnitLinks");

            migrationBuilder.DropTable(
                name: "ObligationEscalations");

            migrationBuilder.DropTable(
                name: "ObligationInstalments");

            migrationBuilder.DropTable(
                name: "ObligationLetters");

            migrationBuilder.DropTable(
                name: "ObligationMediations");

            migrationBuilder.DropTable(
                name: "ObligationPayments");

            migrationBuilder.DropTable(
                name: "ObligationPlanRevisions");

            migrationBuilder.DropTable(
                name: "ObligationSuggestions");

            migrationBuilder.DropTable(
                name: "Obligations");

            migrationBuilder.DropTable(
                name: "LinkedUnits");

            migrationBuilder.DropIndex(
                name: "IX_CasePayments_ObligationId",
                table: "CasePayments");

            migrationBuilder.DropColumn(
                name: "ObligationId",
                table: "CasePayments");
        }
    }
}
