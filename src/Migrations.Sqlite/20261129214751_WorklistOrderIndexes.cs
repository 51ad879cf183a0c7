using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class WorklistOrderIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_FiledOn_Id_CaseType",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_HandlerId",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_NextReinquiryDueOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_FiledOn_Id",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FiledOn_Id_CaseType_NextReinquiryDueOn_ReinquiryEndsOn",
                table: "Cases",
                columns: new[] { "FiledOn", "Id", "CaseType", "NextReinquiryDueOn", "ReinquiryEndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HandlerId_FiledOn_Id_Status",
                table: "Cases",
                columns: new[] { "HandlerId", "FiledOn", "Id", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_FiledOn_Id_Deadline",
                table: "Cases",
                columns: new[] { "Status", "FiledOn", "Id", "Deadline" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Cases_FiledOn_Id_CaseType_NextReinquiryDueOn_ReinquiryEndsOn",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_HandlerId_FiledOn_Id_Status",
                table: "Cases");

            migrationBuilder.DropIndex(
                name: "IX_Cases_Status_FiledOn_Id_Deadline",
                table: "Cases");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FiledOn_Id_CaseType",
                table: "Cases",
                columns: new[] { "FiledOn", "Id", "CaseType" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HandlerId",
                table: "Cases",
                column: "HandlerId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_NextReinquiryDueOn",
                table: "Cases",
                column: "NextReinquiryDueOn");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_FiledOn_Id",
                table: "Cases",
                columns: new[] { "Status", "FiledOn", "Id" });
        }
    }
}
