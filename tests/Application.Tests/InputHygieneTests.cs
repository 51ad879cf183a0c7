using Enforcement.Application.Cases.Lifecycle;
using Enforcement.Application.Cases.RegisterCase;
using Enforcement.Application.Common;
using Enforcement.Domain.Parties;

namespace Enforcement.Application.Tests;

public sealed class InputHygieneTests
{
    [Theory]
    [InlineData("吉𠮷祥", false)] // a character outside the BMP is a surrogate pair, and welcome
    [InlineData("湖南楚天建设工程有限公司", false)]
    [InlineData("O'Brien-Smith Co., Ltd.", false)]
    [InlineData("陈\t海涛", true)]
    [InlineData("陈\u007F海涛", true)]
    [InlineData("陈\u2028海涛", true)]
    [InlineData("陈\u200F海涛", true)]
    [InlineData("测试甲\uFE0F局", true)] // a variation selector in a name
    [InlineData("测试甲\u180B局", true)] // a Mongolian free variation selector, as invisible
    public void A_single_line_text_refuses_controls_bidi_and_unpaired_surrogates(string text, bool refused) =>
        (InputHygiene.Problem(text, multiline: false) is not null).ShouldBe(refused);

    [Theory]
    [InlineData("汨罗市教育局\u3164")] // Hangul fillers print as nothing
    [InlineData("汨罗市教育局\u115F")]
    [InlineData("汨罗市教育局\uFFA0")]
    [InlineData("汨罗市教育局\U0001D173")] // a format character outside the basic plane
    [InlineData("测试甲\u034F局")] // a combining grapheme joiner
    [InlineData("测试甲局\u2800")] // the blank braille pattern
    [InlineData("测试甲\u17B4局")]
    [InlineData("测试甲\uFDD0局")]       // noncharacters
    [InlineData("测试甲\U0001FFFE局")]
    public void Invisible_look_alikes_are_refused_in_names_and_in_free_text(string text)
    {
        InputHygiene.Problem(text, multiline: false).ShouldNotBeNull();
        InputHygiene.Problem(text, multiline: true).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("\u0301\u0301")]                 // marks with nothing to combine with
    [InlineData("陈 \u0301海涛")]                  // a mark after a space
    [InlineData("\U000E0100\U000E0101")]         // variation selectors alone
    [InlineData("Chen\U000E0100")]               // an ideographic variation selector after a Latin letter
    [InlineData("e\u0301\u0302\u0303\u0304\u0305")] // five marks on one letter
    public void Marks_that_combine_with_nothing_or_pile_up_are_refused(string text)
    {
        InputHygiene.Problem(text, multiline: false).ShouldNotBeNull();
        InputHygiene.Problem(text, multiline: true).ShouldNotBeNull();
    }

    [Theory]
    [InlineData("Nguyê\u0303n Văn")] // Vietnamese: two marks on a letter
    [InlineData("José Peña")]
    [InlineData("葛\U000E0100明")] // an ideographic variation sequence
    [InlineData("王\U00020BB7\U000E0100")] // one on a character outside the basic plane (𠮷, extension B)
    [InlineData("李\U00031350\U000E0101")] // and on one of extension H
    [InlineData("王\uE3A5华")]      // a rare character (生僻字) that older systems keep in the private-use area
    public void Rare_characters_of_names_are_welcome(string name) =>
        InputHygiene.Problem(name, multiline: false).ShouldBeNull();

    [Fact]
    public void An_unpaired_surrogate_is_refused() =>
        InputHygiene.Problem("陈" + (char)0xD842 + "海涛", multiline: true).ShouldNotBeNull();

    [Theory]
    [InlineData("第一行\r\n第二行\t缩进", false)]
    [InlineData("👨‍👩‍👧 家庭", false)] // zero-width joiners inside an emoji sequence
    [InlineData("已确认\u2714\uFE0F", false)] // a variation selector choosing an emoji's look
    [InlineData("第一行\0", true)]
    [InlineData("\u202E倒序", true)]
    [InlineData("零宽\u200B空格", true)]
    public void Multiline_text_allows_line_breaks_tabs_and_joiners_only(string text, bool refused) =>
        (InputHygiene.Problem(text, multiline: true) is not null).ShouldBe(refused);

    [Fact]
    public void Nested_parties_and_marked_free_text_are_checked_by_path()
    {
        var command = new RegisterCaseCommand(
            "（2025）湘0681执1号", new DateOnly(1949, 9, 30), false, new EnforcementBasisInput("汨罗市人民法院", "（2025）湘0681民初1号\n", new DateOnly(2025, 5, 20)),
            100m, [new PartyInput(PartyKind.NaturalPerson, "陈\u202E海涛")], [new PartyInput(PartyKind.Enterprise, "楚天公司")], "摘要\n第二行");

        var failures = InputHygiene.Check(command);

        failures.Select(f => f.PropertyName).ShouldBe(["FiledOn", "Basis.DocumentNumber", "Applicants[0].Name"], ignoreOrder: true);
    }

    [Fact]
    public void A_note_marked_multiline_keeps_its_newlines_in_a_derived_command() =>
        InputHygiene.Check(new StartPauseCommand(null, new DateOnly(2025, 6, 1), "申请执行人申请暂缓：\n一、……")).ShouldBeEmpty();

    [Theory]
    [InlineData(1949, 10, 1, false)]
    [InlineData(2099, 12, 31, false)]
    [InlineData(1949, 9, 30, true)]
    [InlineData(2100, 1, 1, true)]
    public void Dates_outside_the_plausible_range_are_refused(int year, int month, int day, bool refused) =>
        InputHygiene.Check(new RecordPaymentCommand(1m, new DateOnly(year, month, day), null)).Any().ShouldBe(refused);

    [Theory]
    [InlineData("1949-10-01T00:00:00+08:00", false)]
    [InlineData("1949-09-30T16:00:00Z", false)] // the same instant, written in UTC
    [InlineData("1949-09-30T17:00:00+01:00", false)]
    [InlineData("1949-09-30T15:59:59Z", true)] // 23:59:59 on 30 September in Beijing
    [InlineData("2099-12-31T15:59:59Z", false)]
    [InlineData("2099-12-31T16:00:00Z", true)] // 1 January 2100 in Beijing
    [InlineData("9999-12-31T23:59:59Z", true)] // past the last day +08:00 can write: refused, not an overflow
    [InlineData("0001-01-01T00:00:00Z", true)]
    public void An_instant_is_judged_on_its_day_in_Beijing_whatever_offset_it_is_written_with(string written, bool refused)
    {
        var at = DateTimeOffset.Parse(written, System.Globalization.CultureInfo.InvariantCulture);
        var command = new Enforcement.Application.Preservation.CreatePreservationOrderCommand(null, null, null, null, null, null, null, null, at, null);
        InputHygiene.Check(command).Any(f => f.PropertyName == "ApplicationReceivedAt").ShouldBe(refused);
    }
}
