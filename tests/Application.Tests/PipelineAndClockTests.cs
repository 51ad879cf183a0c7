using Enforcement.Application.Behaviors;
using Enforcement.Application.Cases;
using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Infrastructure.Time;
using FluentValidation;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Enforcement.Application.Tests;

public sealed class PipelineAndClockTests
{
    [Fact]
    public async Task The_validation_behavior_stops_an_invalid_command_before_its_handler()
    {
        var behavior = new ValidationBehavior<RegisterCaseCommand, CaseDetailDto>([new RegisterCaseValidator(new FixedClock(new DateOnly(2025, 6, 16)))]);
        var handlerRan = false;
        var error = await Should.ThrowAsync<ValidationException>(async () => await behavior.Handle(
            HandlerFixture.ValidCommand("not a number"),
            (_, _) => { handlerRan = true; return ValueTask.FromResult(new CaseDetailDto()); },
            CancellationToken.None));
        handlerRan.ShouldBeFalse();
        error.Errors.ShouldContain(e => e.PropertyName == "CaseNumber");
    }

    [Fact]
    public void Today_is_the_court_date_in_Shanghai_not_the_UTC_date()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 2, 17, 0, 0, TimeSpan.Zero)); // 01:00 on 3 March in Beijing time
        var clock = new CourtClock(time, Options.Create(new CourtOptions()));
        clock.Today.ShouldBe(new DateOnly(2025, 3, 3));
        clock.UtcNow.ShouldBe(new DateTime(2025, 3, 2, 17, 0, 0, DateTimeKind.Utc));
    }
}
