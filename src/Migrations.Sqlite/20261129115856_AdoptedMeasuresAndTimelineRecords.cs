using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AdoptedMeasuresAndTimelineRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "AdoptedFrom",
                table: "CaseMeasures",
                type: "TEXT",
                nullable: true);

            // Measures taken over from a preservation order before this column: their description names the order.
            migrationBuilder.Sql(
                "UPDATE CaseMeasures SET AdoptedFrom = substr(Description, 12, instr(Description, ':') - 12) " +
                "WHERE Description LIKE '保全转执行 from %:%';");

            // Timeline lines written before they named their record: found by case, date and the moment they were recorded,
            // so that older entries can be corrected and shown struck through too.
            migrationBuilder.Sql(
                "UPDATE CaseTimeline SET RecordId = (SELECT p.Id FROM CasePayments p WHERE p.CaseId = CaseTimeline.CaseId " +
                "AND p.PaidOn = CaseTimeline.OccurredOn AND p.RecordedAtUtc = CaseTimeline.RecordedAtUtc LIMIT 1) " +
                "WHERE Kind = 'Payment' AND RecordId IS NULL;");
            migrationBuilder.Sql(
                "UPDATE CaseTimeline SET RecordId = (SELECT a.Id FROM CaseAssignments a WHERE a.CaseId = CaseTimeline.CaseId " +
                "AND a.AssignedOn = CaseTimeline.OccurredOn AND a.RecordedAtUtc = CaseTimeline.RecordedAtUtc LIMIT 1) " +
                "WHERE Kind = 'HandlerAssigned' AND RecordId IS NULL;");
            migrationBuilder.Sql(
                "UPDATE CaseTimeline SET RecordId = (SELECT m.Id FROM CaseMeasures m WHERE m.CaseId = CaseTimeline.CaseId " +
                "AND m.TakenOn = CaseTimeline.OccurredOn AND m.RecordedAtUtc = CaseTimeline.RecordedAtUtc LIMIT 1) " +
                "WHERE Kind = 'Measure' AND RecordId IS NULL;");
            migrationBuilder.Sql(
                "UPDATE CaseTimeline SET RecordId = (SELECT p.Id FROM CasePauses p WHERE p.CaseId = CaseTimeline.CaseId " +
                "AND p.StartedOn = CaseTimeline.OccurredOn ORDER BY p.Id LIMIT 1) WHERE Kind = 'PauseStarted' AND RecordId IS NULL;");
            migrationBuilder.Sql(
                "UPDATE CaseTimeline SET RecordId = (SELECT p.Id FROM CasePauses p WHERE p.CaseId = CaseTimeline.CaseId " +
                "AND p.EndedOn = CaseTimeline.OccurredOn ORDER BY p.Id LIMIT 1) WHERE Kind = 'PauseEnded' AND RecordId IS NULL;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AdoptedFrom",
                table: "CaseMeasures");
        }
    }
}
