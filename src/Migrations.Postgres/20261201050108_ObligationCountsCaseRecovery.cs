using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ObligationCountsCaseRecovery : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateOnly>(
                name: "CaseCoveredOn",
                table: "Obligations",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "CaseLeftFen",
                table: "Obligations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "OutstandingFen",
                table: "Obligations",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            // What each case has left to recover caps its debts; a case that recovered its whole claim leaves its debts
            // performed from the first day its payments not voided reached the claim (Obligation.CountCaseRecovery).
            migrationBuilder.Sql("""
                UPDATE "Obligations" SET "CaseLeftFen" = COALESCE((SELECT CASE WHEN c."ClaimedFen" > c."RecoveredFen" THEN c."ClaimedFen" - c."RecoveredFen" ELSE 0 END
                    FROM "Cases" c WHERE c."Id" = "Obligations"."CaseId"), "AmountFen");
                UPDATE "Obligations" SET "CaseCoveredOn" = (SELECT MIN(p."PaidOn") FROM "CasePayments" p
                    WHERE p."CaseId" = "Obligations"."CaseId"
                      AND p."Id" NOT IN (SELECT x."RecordId" FROM "CaseCorrections" x WHERE x."CaseId" = p."CaseId" AND x."Kind" = 'Payment')
                      AND (SELECT SUM(q."AmountFen") FROM "CasePayments" q
                           WHERE q."CaseId" = p."CaseId" AND q."PaidOn" <= p."PaidOn"
                             AND q."Id" NOT IN (SELECT y."RecordId" FROM "CaseCorrections" y WHERE y."CaseId" = q."CaseId" AND y."Kind" = 'Payment'))
                          >= (SELECT c."ClaimedFen" FROM "Cases" c WHERE c."Id" = p."CaseId"))
                WHERE "Owing" = TRUE AND "CaseLeftFen" = 0;
                UPDATE "Obligations" SET "Performed" = TRUE, "Owing" = FALSE, "PerformedOn" = "CaseCoveredOn", "OpenInstalmentDueOn" = NULL
                WHERE "CaseCoveredOn" IS NOT NULL;
                UPDATE "Obligations" SET "OutstandingFen" = CASE WHEN "Owing" = TRUE
                    THEN CASE WHEN "AmountFen" - "PaidFen" < "CaseLeftFen" THEN "AmountFen" - "PaidFen" ELSE "CaseLeftFen" END ELSE 0 END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CaseCoveredOn",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "CaseLeftFen",
                table: "Obligations");

            migrationBuilder.DropColumn(
                name: "OutstandingFen",
                table: "Obligations");
        }
    }
}
