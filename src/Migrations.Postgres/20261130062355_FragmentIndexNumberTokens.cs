using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <summary>
    /// The fragment index's rows gain number tokens (SearchText.NumberTokens). No column changes: when this migration is
    /// applied, FragmentIndexRefresher makes every row's tokens again from its text (C#, one definition). Undoing it
    /// leaves the tokens, which the older queries do not ask for.
    /// </summary>
    public partial class FragmentIndexNumberTokens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
