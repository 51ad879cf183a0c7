using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class WorklistsInTheirOwnOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Deadline",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_Deadline",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Deadline_Id",
                table: "Cases",
                columns: new[] { "Deadline", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NextReinquiryDueOn_Id_ReinquiryEndsOn",
                table: "Cases",
                columns: new[] { "NextReinquiryDueOn", "Id", "ReinquiryEndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_Deadline_Id",
                table: "Cases",
                columns: new[] { "Status", "Deadline", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_Deadline_Id",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_NextReinquiryDueOn_Id_ReinquiryEndsOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_Deadline_Id",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Deadline",
                table: "Cases",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_Deadline",
                table: "Cases",
                columns: new[] { "Status", "Deadline" });
        }
    }
}
