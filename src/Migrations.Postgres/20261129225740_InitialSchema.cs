using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Enforcement.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "text", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    Disabled = table.Column<bool>(type: "boolean", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditTrail",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    UserName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Roles = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityType = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    EntityId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditTrail", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PausedDays = table.Column<int>(type: "integer", nullable: false),
                    PausedSince = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionMonths = table.Column<int>(type: "integer", nullable: false),
                    Deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    SettlementAgreedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SettlementTerms = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    SettlementStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    SettlementEndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    SettlementPaidFen = table.Column<long>(type: "bigint", nullable: true),
                    ClosureMode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosureNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    NextReinquiryDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LastReinquiryOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ReinquiryEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CaseType = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FiledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NonLitigation = table.Column<bool>(type: "boolean", nullable: false),
                    BasisIssuer = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BasisDocumentNumber = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BasisEffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ClaimedFen = table.Column<long>(type: "bigint", nullable: false),
                    RecoveredFen = table.Column<long>(type: "bigint", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    EnterpriseRelated = table.Column<bool>(type: "boolean", nullable: false),
                    PublicBodyDebtor = table.Column<bool>(type: "boolean", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    OriginalCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    OriginalCaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ResumedAsCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ResumedAsCaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HandlerId = table.Column<Guid>(type: "uuid", nullable: true),
                    HandlerName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    HandlerAssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstAssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HandlerDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    FirstStepsDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssetReportOrderedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DebtorMissing = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LinkedUnits",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FullName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ShortName = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    SuperiorUnitId = table.Column<Guid>(type: "uuid", nullable: true),
                    ContactPerson = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ContactPhone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(131)", maxLength: 131, nullable: false),
                    MatchName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LinkedUnits", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LoginSessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CurrentRefreshId = table.Column<Guid>(type: "uuid", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastRefreshedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedReason = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoginSessions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "OutboxMessages",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Payload = table.Column<string>(type: "text", nullable: false),
                    OccurredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ProcessedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxMessages", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Petitions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ForwardedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ForwardedDocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReceivedAt = table.Column<TimeOnly>(type: "time without time zone", nullable: true),
                    ReceivedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReceivedByStaffId = table.Column<Guid>(type: "uuid", nullable: true),
                    Headcount = table.Column<int>(type: "integer", nullable: true),
                    Collective = table.Column<bool>(type: "boolean", nullable: false),
                    Repeat = table.Column<bool>(type: "boolean", nullable: false),
                    RepeatOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    Category = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Track = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Request = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AcceptDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NotAcceptedReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    AssignDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AssigneeKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ResolveDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ExtensionDays = table.Column<int>(type: "integer", nullable: false),
                    ExtensionReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ExtendedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    ExtendedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ClosedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Satisfaction = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UnresolvedCases = table.Column<int>(type: "integer", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Petitions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PreservationOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    LitigationCaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    SecurityForm = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    SecurityFen = table.Column<long>(type: "bigint", nullable: true),
                    ApplicationReceivedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RuledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RuledOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RulingLate = table.Column<bool>(type: "boolean", nullable: false),
                    PerformancePeriodEndsOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LawsuitCaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    LawsuitFiledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    LiftDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    HeldFen = table.Column<long>(type: "bigint", nullable: false),
                    HeldBasisPoints = table.Column<int>(type: "integer", nullable: false),
                    ConvertedToCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    ConvertedToCaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    ConvertedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Settings",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Value = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Settings", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "Staff",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Position = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Unit = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Staff", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionOrders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectKind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SubjectId = table.Column<Guid>(type: "uuid", nullable: false),
                    SubjectLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Instruction = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    IssuedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FirstDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AddresseeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AddresseeName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AcceptedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionOrders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "text", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    RoleId = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "text", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseApplicants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseApplicants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseApplicants_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffId = table.Column<Guid>(type: "uuid", nullable: false),
                    StaffName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    AssignedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseAssignments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    VoidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    VoidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VoidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseCorrections_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseExtensions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Months = table.Column<int>(type: "integer", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ApproverId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseExtensions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseExtensions_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    TakenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    Asset = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InquiryResult = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    ListingGround = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HoldAssetKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    HoldStartOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HoldExpiresOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HoldReleasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HoldReleaseReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReportsDebtorMissing = table.Column<bool>(type: "boolean", nullable: false),
                    AdoptedFrom = table.Column<string>(type: "text", nullable: true),
                    VoidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMeasures_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CasePauses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    StartedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    VoidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePauses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasePauses_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CasePayments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: true),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CasePayments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CasePayments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseRespondents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseRespondents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseRespondents_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseSearchEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Grams = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSearchEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSearchEntries_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseSettlementInstalments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseSettlementInstalments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseSettlementInstalments_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseTimeline",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecordId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseTimeline", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseTimeline_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseUnitLinks",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RespondentName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LinkedUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PublicBody = table.Column<bool>(type: "boolean", nullable: false),
                    LinkedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LinkedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
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
                name: "EnforcementTasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Type = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Origin = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    OriginKey = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Reason = table.Column<string>(type: "character varying(900)", maxLength: 900, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClaimedById = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ClaimedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CompletedById = table.Column<Guid>(type: "uuid", nullable: true),
                    CompletedByName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CompletedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "character varying(900)", maxLength: 900, nullable: true),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: true),
                    CancelReason = table.Column<string>(type: "character varying(900)", maxLength: 900, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "KeyCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ReasonText = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LeaderInChargeId = table.Column<Guid>(type: "uuid", nullable: false),
                    LeaderInChargeName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    DesignatedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    DesignatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SuggestionId = table.Column<Guid>(type: "uuid", nullable: true),
                    UndesignatedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    UndesignationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UndesignatedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyCases_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "KeyCaseSuggestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Reason = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Detail = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SuggestedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    DecisionReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    KeyCaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "PrePerformancePrompts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Court = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PerformanceDays = table.Column<int>(type: "integer", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    PerformanceDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    NoticeSentOn = table.Column<DateOnly>(type: "date", nullable: true),
                    NoticeChannel = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PaidFen = table.Column<long>(type: "bigint", nullable: true),
                    SettlementPlan = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "AssistanceRequests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    UnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    UnitKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Type = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReplyDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    Reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    ReplyDays = table.Column<int>(type: "integer", nullable: true),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "Obligations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    LinkedUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    UnitName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    Basis = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    DeliveredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ContractPaymentDays = table.Column<int>(type: "integer", nullable: true),
                    StatutoryDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RecordedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    SinceOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PaidFen = table.Column<long>(type: "bigint", nullable: false),
                    Performed = table.Column<bool>(type: "boolean", nullable: false),
                    PerformedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    PlanRevision = table.Column<int>(type: "integer", nullable: false),
                    OpenInstalmentDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    FirstUrgedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenLetterReplyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenSuggestionReplyDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    EscalationLevel = table.Column<int>(type: "integer", nullable: false),
                    EscalationFollowUpDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OpenEscalations = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false)
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
                name: "OutboxDeliveries",
                columns: table => new
                {
                    MessageId = table.Column<Guid>(type: "uuid", nullable: false),
                    Handler = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    DeliveredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutboxDeliveries", x => new { x.MessageId, x.Handler });
                    table.ForeignKey(
                        name: "FK_OutboxDeliveries_OutboxMessages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "OutboxMessages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PetitionCases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseNumber = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SearchName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Address = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    IdentityCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    NamePhone = table.Column<string>(type: "character varying(121)", maxLength: 121, nullable: true),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RequestedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RequestDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnsweredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reply = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Channel = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(2200)", maxLength: 2200, nullable: false),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PetitionId = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "PreservationApplicants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationApplicants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreservationApplicants_PreservationOrders_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PreservationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreservationCorrections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Voided = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    VoidedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    VoidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    VoidedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationCorrections", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreservationCorrections_PreservationOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "PreservationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreservationMeasures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: true),
                    HolderOrRegistry = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    HoldAssetKind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    HoldStartOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HoldExpiresOn = table.Column<DateOnly>(type: "date", nullable: false),
                    HoldReleasedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    HoldReleaseReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationMeasures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreservationMeasures_PreservationOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "PreservationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PreservationRespondents",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationRespondents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreservationRespondents_PreservationOrders_CaseId",
                        column: x => x.CaseId,
                        principalTable: "PreservationOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionOrderCases",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionOrderCases", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionOrderCases_SupervisionOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "SupervisionOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SupervisionReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Progress = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReportedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Decision = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DecidedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecidedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    NewDueOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OrderId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SupervisionReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SupervisionReports_SupervisionOrders_OrderId",
                        column: x => x.OrderId,
                        principalTable: "SupervisionOrders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseMeasureRenewals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RenewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PreviousExpiry = table.Column<DateOnly>(type: "date", nullable: false),
                    NewExpiry = table.Column<DateOnly>(type: "date", nullable: false),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseMeasureRenewals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseMeasureRenewals_CaseMeasures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "CaseMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "KeyCaseNotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WrittenOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    WrittenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    KeyCaseId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KeyCaseNotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_KeyCaseNotes_KeyCases_KeyCaseId",
                        column: x => x.KeyCaseId,
                        principalTable: "KeyCases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PromptApplicants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ContactedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Channel = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ContactPerson = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PromptId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    PromptId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IdNumber = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    CreditCode = table.Column<string>(type: "character varying(18)", maxLength: 18, nullable: true),
                    Phone = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "ObligationEscalations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<int>(type: "integer", nullable: false),
                    ReportNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ReportedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Recipients = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    FollowUpDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    OverrideReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    OverriddenBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    InstructionBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    InstructedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Instruction = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    OutcomeOn = table.Column<DateOnly>(type: "date", nullable: true),
                    OutcomeNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    ReplyDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reply = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    HeldOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Place = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Participants = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    ParticipantNames = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Outcome = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    AdjournedTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    PlanRevision = table.Column<int>(type: "integer", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    CasePaymentId = table.Column<Guid>(type: "uuid", nullable: false),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AmountFen = table.Column<long>(type: "bigint", nullable: false),
                    InstalmentNumber = table.Column<int>(type: "integer", nullable: true),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    AgreedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Source = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TotalFen = table.Column<long>(type: "bigint", nullable: false),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: false)
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    RecipientUnitId = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    DocumentNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SentOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ReplyDueOn = table.Column<DateOnly>(type: "date", nullable: false),
                    RepliedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Reply = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Adopted = table.Column<bool>(type: "boolean", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ObligationId = table.Column<Guid>(type: "uuid", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "PreservationMeasureRenewals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RenewedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PreviousExpiry = table.Column<DateOnly>(type: "date", nullable: false),
                    NewExpiry = table.Column<DateOnly>(type: "date", nullable: false),
                    MeasureId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PreservationMeasureRenewals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PreservationMeasureRenewals_PreservationMeasures_MeasureId",
                        column: x => x.MeasureId,
                        principalTable: "PreservationMeasures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_StaffId",
                table: "AspNetUsers",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

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
                name: "IX_AuditTrail_AtUtc",
                table: "AuditTrail",
                column: "AtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_EntityType_EntityId_AtUtc",
                table: "AuditTrail",
                columns: new[] { "EntityType", "EntityId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditTrail_UserName_AtUtc",
                table: "AuditTrail",
                columns: new[] { "UserName", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseApplicants_CaseId",
                table: "CaseApplicants",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseApplicants_Name",
                table: "CaseApplicants",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_CaseId",
                table: "CaseAssignments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseAssignments_StaffId",
                table: "CaseAssignments",
                column: "StaffId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseCorrections_CaseId_Kind",
                table: "CaseCorrections",
                columns: new[] { "CaseId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseCorrections_RecordId",
                table: "CaseCorrections",
                column: "RecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseExtensions_CaseId",
                table: "CaseExtensions",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseExtensions_Status",
                table: "CaseExtensions",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeasureRenewals_MeasureId",
                table: "CaseMeasureRenewals",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeasures_CaseId_Kind_TakenOn_VoidedOn",
                table: "CaseMeasures",
                columns: new[] { "CaseId", "Kind", "TakenOn", "VoidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseMeasures_HoldExpiresOn_HoldReleasedOn",
                table: "CaseMeasures",
                columns: new[] { "HoldExpiresOn", "HoldReleasedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CasePauses_CaseId",
                table: "CasePauses",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CasePayments_CaseId",
                table: "CasePayments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CasePayments_ObligationId",
                table: "CasePayments",
                column: "ObligationId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRespondents_CaseId",
                table: "CaseRespondents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseRespondents_Name",
                table: "CaseRespondents",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CaseNumber",
                table: "Cases",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CaseType",
                table: "Cases",
                column: "CaseType");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Deadline",
                table: "Cases",
                column: "Deadline");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_EnterpriseRelated",
                table: "Cases",
                column: "EnterpriseRelated");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_FiledOn_Id_CaseType_NextReinquiryDueOn_ReinquiryEndsOn",
                table: "Cases",
                columns: new[] { "FiledOn", "Id", "CaseType", "NextReinquiryDueOn", "ReinquiryEndsOn" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_HandlerId_FiledOn_Id_Status",
                table: "Cases",
                columns: new[] { "HandlerId", "FiledOn", "Id", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OriginalCaseId",
                table: "Cases",
                column: "OriginalCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PublicBodyDebtor",
                table: "Cases",
                column: "PublicBodyDebtor");

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_Deadline",
                table: "Cases",
                columns: new[] { "Status", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Status_FiledOn_Id_Deadline",
                table: "Cases",
                columns: new[] { "Status", "FiledOn", "Id", "Deadline" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseSearchEntries_CaseId",
                table: "CaseSearchEntries",
                column: "CaseId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CaseSettlementInstalments_CaseId",
                table: "CaseSettlementInstalments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseTimeline_CaseId_OccurredOn",
                table: "CaseTimeline",
                columns: new[] { "CaseId", "OccurredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnitLinks_CaseId",
                table: "CaseUnitLinks",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseUnitLinks_LinkedUnitId",
                table: "CaseUnitLinks",
                column: "LinkedUnitId");

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
                name: "IX_KeyCaseNotes_KeyCaseId",
                table: "KeyCaseNotes",
                column: "KeyCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_KeyCases_CaseId",
                table: "KeyCases",
                column: "CaseId",
                unique: true,
                filter: "\"UndesignatedOn\" IS NULL");

            migrationBuilder.CreateIndex(
                name: "IX_KeyCases_LeaderInChargeId_UndesignatedOn",
                table: "KeyCases",
                columns: new[] { "LeaderInChargeId", "UndesignatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyCases_UndesignatedOn_DesignatedOn",
                table: "KeyCases",
                columns: new[] { "UndesignatedOn", "DesignatedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_KeyCaseSuggestions_CaseId_Reason_PetitionId",
                table: "KeyCaseSuggestions",
                columns: new[] { "CaseId", "Reason", "PetitionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KeyCaseSuggestions_Status_SuggestedOn",
                table: "KeyCaseSuggestions",
                columns: new[] { "Status", "SuggestedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_LinkedUnits_Active",
                table: "LinkedUnits",
                column: "Active");

            migrationBuilder.CreateIndex(
                name: "IX_LinkedUnits_CreditCode",
                table: "LinkedUnits",
                column: "CreditCode",
                unique: true,
                filter: "\"CreditCode\" IS NOT NULL");

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
                name: "IX_LoginSessions_UserId",
                table: "LoginSessions",
                column: "UserId");

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

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_NextAttemptAtUtc",
                table: "OutboxMessages",
                columns: new[] { "Status", "NextAttemptAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_OutboxMessages_Status_OccurredAtUtc",
                table: "OutboxMessages",
                columns: new[] { "Status", "OccurredAtUtc" });

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
                name: "IX_PreservationApplicants_CaseId",
                table: "PreservationApplicants",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationApplicants_Name",
                table: "PreservationApplicants",
                column: "Name");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationCorrections_OrderId",
                table: "PreservationCorrections",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationMeasureRenewals_MeasureId",
                table: "PreservationMeasureRenewals",
                column: "MeasureId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationMeasures_HoldExpiresOn_HoldReleasedOn",
                table: "PreservationMeasures",
                columns: new[] { "HoldExpiresOn", "HoldReleasedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PreservationMeasures_OrderId",
                table: "PreservationMeasures",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationOrders_CaseNumber",
                table: "PreservationOrders",
                column: "CaseNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PreservationOrders_ConvertedToCaseId",
                table: "PreservationOrders",
                column: "ConvertedToCaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationOrders_Status_HeldBasisPoints",
                table: "PreservationOrders",
                columns: new[] { "Status", "HeldBasisPoints" });

            migrationBuilder.CreateIndex(
                name: "IX_PreservationOrders_Status_LiftDueOn",
                table: "PreservationOrders",
                columns: new[] { "Status", "LiftDueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_PreservationRespondents_CaseId",
                table: "PreservationRespondents",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PreservationRespondents_Name",
                table: "PreservationRespondents",
                column: "Name");

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

            migrationBuilder.CreateIndex(
                name: "IX_Staff_Active",
                table: "Staff",
                column: "Active");

            migrationBuilder.CreateIndex(
                name: "IX_Staff_Unit_Name",
                table: "Staff",
                columns: new[] { "Unit", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrderCases_CaseId",
                table: "SupervisionOrderCases",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrderCases_OrderId",
                table: "SupervisionOrderCases",
                column: "OrderId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_AddresseeId_Status_DueOn",
                table: "SupervisionOrders",
                columns: new[] { "AddresseeId", "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_CaseId",
                table: "SupervisionOrders",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_IssuedOn",
                table: "SupervisionOrders",
                column: "IssuedOn");

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_Status_DueOn",
                table: "SupervisionOrders",
                columns: new[] { "Status", "DueOn" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionOrders_SubjectKind_SubjectId",
                table: "SupervisionOrders",
                columns: new[] { "SubjectKind", "SubjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_SupervisionReports_OrderId",
                table: "SupervisionReports",
                column: "OrderId");

            // Not in the model (as on SQLite): closures in a range, covered for the dashboard's sums, and a closure mode's
            // cases with their ids, for 终本's conditions. EF cannot name the owner's columns in the owned Closure's index.
            migrationBuilder.Sql("""
                CREATE INDEX "IX_Cases_Closures" ON "Cases" ("ClosedOn", "ClosureMode", "Deadline") INCLUDE ("ClaimedFen", "RecoveredFen") WHERE "ClosedOn" IS NOT NULL;
                CREATE INDEX "IX_Cases_ClosureMode_ClosedOn" ON "Cases" ("ClosureMode", "ClosedOn", "Id") WHERE "ClosedOn" IS NOT NULL;
                """);

            // The fragment index: each entry's pairs of characters as an array in a GIN index, read with @> (the
            // counterpart of SQLite's FTS5 table CaseGrams; see PostgresDatabaseProvider.EntriesWith).
            migrationBuilder.Sql("""
                CREATE INDEX "IX_CaseSearchEntries_Grams" ON "CaseSearchEntries" USING gin (string_to_array("Grams", ' '));
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AssistanceRequests");

            migrationBuilder.DropTable(
                name: "AuditTrail");

            migrationBuilder.DropTable(
                name: "CaseApplicants");

            migrationBuilder.DropTable(
                name: "CaseAssignments");

            migrationBuilder.DropTable(
                name: "CaseCorrections");

            migrationBuilder.DropTable(
                name: "CaseExtensions");

            migrationBuilder.DropTable(
                name: "CaseMeasureRenewals");

            migrationBuilder.DropTable(
                name: "CasePauses");

            migrationBuilder.DropTable(
                name: "CasePayments");

            migrationBuilder.DropTable(
                name: "CaseRespondents");

            migrationBuilder.DropTable(
                name: "CaseSearchEntries");

            migrationBuilder.DropTable(
                name: "CaseSettlementInstalments");

            migrationBuilder.DropTable(
                name: "CaseTimeline");

            migrationBuilder.DropTable(
                name: "CaseUnitLinks");

            migrationBuilder.DropTable(
                name: "EnforcementTasks");

            migrationBuilder.DropTable(
                name: "KeyCaseNotes");

            migrationBuilder.DropTable(
                name: "KeyCaseSuggestions");

            migrationBuilder.DropTable(
                name: "LoginSessions");

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
                name: "OutboxDeliveries");

            migrationBuilder.DropTable(
                name: "PetitionCases");

            migrationBuilder.DropTable(
                name: "PetitionPetitioners");

            migrationBuilder.DropTable(
                name: "PetitionRounds");

            migrationBuilder.DropTable(
                name: "PetitionSteps");

            migrationBuilder.DropTable(
                name: "PreservationApplicants");

            migrationBuilder.DropTable(
                name: "PreservationCorrections");

            migrationBuilder.DropTable(
                name: "PreservationMeasureRenewals");

            migrationBuilder.DropTable(
                name: "PreservationRespondents");

            migrationBuilder.DropTable(
                name: "PromptApplicants");

            migrationBuilder.DropTable(
                name: "PromptContacts");

            migrationBuilder.DropTable(
                name: "PromptInstalments");

            migrationBuilder.DropTable(
                name: "PromptRespondents");

            migrationBuilder.DropTable(
                name: "Settings");

            migrationBuilder.DropTable(
                name: "Staff");

            migrationBuilder.DropTable(
                name: "SupervisionOrderCases");

            migrationBuilder.DropTable(
                name: "SupervisionReports");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "CaseMeasures");

            migrationBuilder.DropTable(
                name: "KeyCases");

            migrationBuilder.DropTable(
                name: "Obligations");

            migrationBuilder.DropTable(
                name: "OutboxMessages");

            migrationBuilder.DropTable(
                name: "Petitions");

            migrationBuilder.DropTable(
                name: "PreservationMeasures");

            migrationBuilder.DropTable(
                name: "PrePerformancePrompts");

            migrationBuilder.DropTable(
                name: "SupervisionOrders");

            migrationBuilder.DropTable(
                name: "LinkedUnits");

            migrationBuilder.DropTable(
                name: "PreservationOrders");

            migrationBuilder.DropTable(
                name: "Cases");
        }
    }
}
