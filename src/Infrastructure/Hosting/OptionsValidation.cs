using Enforcement.Application.Cases.Lifecycle;
using Enforcement.Application.Preservation;
using Enforcement.Infrastructure.Outbox;
using Enforcement.Infrastructure.Time;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Enforcement.Infrastructure.Hosting;

/// <summary>
/// Binds each settings section and checks it when the host starts, so that a wrong time zone or a negative period
/// stops the start with one line naming the setting, rather than a failure on the first request that reads it.
/// </summary>
public static class OptionsValidation
{
    /// <summary>Binds <typeparamref name="T"/> to <paramref name="section"/> and checks it with <paramref name="problems"/> at start.</summary>
    public static IServiceCollection AddCheckedOptions<T>(
        this IServiceCollection services, IConfiguration configuration, string section, Func<T, IEnumerable<string>> problems)
        where T : class
    {
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<T>>(new Checker<T>(problems));
        return services;
    }

    /// <summary>The settings of every section the library reads.</summary>
    internal static IServiceCollection AddEnforcementOptions(this IServiceCollection services, IConfiguration configuration) =>
        services
            .AddCheckedOptions<CourtOptions>(configuration, CourtOptions.SectionName, Court)
            .AddCheckedOptions<CaseClockOptions>(configuration, CaseClockOptions.SectionName, o =>
                Range("CaseClock:ExtensionMonths", o.ExtensionMonths, 1, 12))
            .AddCheckedOptions<PreservationOptions>(configuration, PreservationOptions.SectionName, o =>
                Range("Preservation:OverPreservationMarginPercent", o.OverPreservationMarginPercent, 0, 100))
            .AddCheckedOptions<Application.Obligations.ObligationOptions>(configuration, Application.Obligations.ObligationOptions.SectionName, o =>
                Range("Obligations:LetterReplyDays", o.LetterReplyDays, 1, 365)
                    .Concat(Range("Obligations:SuggestionReplyDays", o.SuggestionReplyDays, 1, 365))
                    .Concat(Range("Obligations:DefaultAfterDays", o.DefaultAfterDays, 0, 365))
                    .Concat(Range("Obligations:EscalationFollowUpDays", o.EscalationFollowUpDays, 1, 365)))
            .AddCheckedOptions<Application.Petitions.PetitionOptions>(configuration, Application.Petitions.PetitionOptions.SectionName, o =>
                Range("Petitions:AcceptDays", o.AcceptDays, 1, 365)
                    .Concat(Range("Petitions:AssignWorkingDays", o.AssignWorkingDays, 1, 365))
                    .Concat(Range("Petitions:EnforcementResolveDays", o.EnforcementResolveDays, 1, 365))
                    .Concat(Range("Petitions:GeneralResolveDays", o.GeneralResolveDays, 1, 365))
                    .Concat(Range("Petitions:MaxExtensionDays", o.MaxExtensionDays, 1, 365))
                    .Concat(Range("Petitions:ReviewRequestDays", o.ReviewRequestDays, 1, 365))
                    .Concat(Range("Petitions:ReviewAnswerDays", o.ReviewAnswerDays, 1, 365))
                    .Concat(Range("Petitions:RepeatWindowMonths", o.RepeatWindowMonths, 1, 120))
                    .Concat(Range("Petitions:CollectiveHeadcount", o.CollectiveHeadcount, 2, 10_000)))
            .AddCheckedOptions<Application.PreEnforcement.PreEnforcementOptions>(configuration, Application.PreEnforcement.PreEnforcementOptions.SectionName, o =>
                Range("PreEnforcement:DefaultPerformanceDays", o.DefaultPerformanceDays, 0, 365)
                    .Concat(string.IsNullOrWhiteSpace(o.Court) || o.Court.Length > 100 ? ["PreEnforcement:Court must be a court's name of 1 to 100 characters."] : []))
            .AddCheckedOptions<Application.Tasks.TaskOptions>(configuration, Application.Tasks.TaskOptions.SectionName, o =>
                Range("Tasks:ReinquiryLeadDays", o.ReinquiryLeadDays, 0, 183)
                    .Concat(Range("Tasks:PlanEveryMinutes", o.PlanEveryMinutes, 1, 1440))
                    .Concat(o.DueDays.SelectMany(d => Range($"Tasks:DueDays:{d.Key}", d.Value, 0, 365))))
            .AddCheckedOptions<Application.Assistance.AssistanceOptions>(configuration, Application.Assistance.AssistanceOptions.SectionName, o =>
                Range("Assistance:DefaultReplyWorkingDays", o.DefaultReplyWorkingDays, 1, 365)
                    .Concat(o.ReplyWorkingDays.SelectMany(d => Range($"Assistance:ReplyWorkingDays:{d.Key}", d.Value, 1, 365))))
            .AddCheckedOptions<Application.Supervision.SupervisionOptions>(configuration, Application.Supervision.SupervisionOptions.SectionName, o =>
                o.LargeAmountThreshold is > 0 and <= 1_000_000_000_000m ? [] : [$"Supervision:LargeAmountThreshold is {o.LargeAmountThreshold}; it must be a positive amount in yuan."])
            .AddCheckedOptions<OutboxOptions>(configuration, OutboxOptions.SectionName, o =>
                Range("Outbox:PollSeconds", o.PollSeconds, 1, 3600)
                    .Concat(Range("Outbox:MaxAttempts", o.MaxAttempts, 1, 100))
                    .Concat(Range("Outbox:FirstRetrySeconds", o.FirstRetrySeconds, 1, 86_400))
                    .Concat(Range("Outbox:BatchSize", o.BatchSize, 1, 1000))
                    .Concat(Range("Outbox:GatherMilliseconds", o.GatherMilliseconds, 0, 10_000)));

    /// <summary>"Name must be from min to max" when <paramref name="value"/> is outside.</summary>
    public static IEnumerable<string> Range(string name, long value, long min, long max)
    {
        if (value < min || value > max)
        {
            yield return $"{name} is {value}; it must be from {min} to {max}.";
        }
    }

    private static IEnumerable<string> Court(CourtOptions options)
    {
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(options.TimeZone ?? "", out _))
        {
            yield return $"Court:TimeZone '{options.TimeZone}' is not a time zone this machine knows; use an IANA name such as Asia/Shanghai.";
        }
    }

    /// <summary>Reports every problem of a section, each naming its setting.</summary>
    private sealed class Checker<T>(Func<T, IEnumerable<string>> problems) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var found = problems(options).ToList();
            return found.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(found);
        }
    }
}
