using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class UniqueStaffLogin : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_StaffId",
                table: "AspNetUsers");

            // Logins that two requests linked to one staff member at once: the first active one keeps the link; the
            // others lose it, and their tokens end (a new security stamp), since they acted as someone they are not.
            migrationBuilder.Sql(
                """
                UPDATE "AspNetUsers"
                SET "StaffId" = NULL, "SecurityStamp" = md5(random()::text || clock_timestamp()::text)
                WHERE "StaffId" IS NOT NULL
                  AND "Id" <> (SELECT u."Id" FROM "AspNetUsers" AS u WHERE u."StaffId" = "AspNetUsers"."StaffId" ORDER BY u."Disabled", u."Id" LIMIT 1);
                """);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_StaffId",
                table: "AspNetUsers",
                column: "StaffId",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_StaffId",
                table: "AspNetUsers");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_StaffId",
                table: "AspNetUsers",
                column: "StaffId");
        }
    }
}
