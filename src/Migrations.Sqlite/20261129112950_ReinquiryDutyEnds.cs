using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReinquiryDutyEnds : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "ReinquiryEndsOn",
                table: "Cases",
                type: "TEXT",
                nullable: true);

            // 终本 cases closed before this column: 5 years after the closure, as StatutoryClock.ReinquiryEnds counts
            // (a 29 February closure ends on 28 February, where SQLite's '+5 years' would give 1 March).
            migrationBuilder.Sql(
                "UPDATE Cases SET ReinquiryEndsOn = CASE WHEN strftime('%m-%d', ClosedOn) = '02-29' " +
                "THEN date(ClosedOn, '+5 years', '-1 day') ELSE date(ClosedOn, '+5 years') END " +
                "WHERE ClosureMode = 'TerminatedThisRound';");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReinquiryEndsOn",
                table: "Cases");
        }
    }
}
