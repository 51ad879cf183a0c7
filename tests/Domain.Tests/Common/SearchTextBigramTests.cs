using Enforcement.Domain.Common;

namespace Enforcement.Domain.Tests.Common;

public sealed class SearchTextBigramTests
{
    [Fact]
    public void A_name_gives_its_overlapping_pairs()
    {
        SearchText.Bigrams("湖南湘江建材").Single().ShouldBe(["湖南", "南湘", "湘江", "江建", "建材"]);
    }

    [Fact]
    public void Punctuation_and_separators_split_words_and_one_character_words_give_no_pair()
    {
        var words = SearchText.Bigrams(SearchText.Normalize("（2025）湘0681执12号|张三|李"));

        words.Count.ShouldBe(3);
        words[0].ShouldBe(["20", "02", "25"]);
        words[1].ShouldBe(["湘0", "06", "68", "81", "1执", "执1", "12", "2号"]);
        words[2].ShouldBe(["张三"]);
    }

    [Theory]
    [InlineData("张\0伟", "张 伟")]
    [InlineData("湘江\u0007\u007F", "湘江  ")]
    [InlineData("\t执\n", " 执 ")]
    public void A_control_character_is_normalized_to_a_space(string text, string expected)
    {
        SearchText.Normalize(text).ShouldBe(expected);
    }

    [Fact]
    public void A_character_outside_the_basic_plane_is_one_character_of_a_pair()
    {
        SearchText.Bigrams("𠮷野家").Single().ShouldBe(["𠮷野", "野家"]);
    }

    [Fact]
    public void The_indexed_text_lists_every_pair_separated_by_spaces()
    {
        SearchText.IndexedTokens("张三|li ming").ShouldBe("张三 li mi in ng");
    }

    [Fact]
    public void A_case_number_s_runs_of_three_digits_or_more_give_every_substring_as_a_number_token()
    {
        var normalized = SearchText.Normalize("（2025）湘0681执1234号|张三");

        SearchText.NumberTokens(normalized).Order(StringComparer.Ordinal).ShouldBe(
            ["n025", "n068", "n0681", "n123", "n1234", "n202", "n2025", "n234", "n681"]);
        SearchText.IndexedTokens(normalized).ShouldEndWith("张三 n202 n025 n2025 n068 n681 n0681 n123 n234 n1234");
    }

    [Fact]
    public void A_run_of_two_digits_gives_no_number_token_and_a_long_run_gives_substrings_up_to_eight_digits()
    {
        SearchText.NumberTokens("执12号").ShouldBeEmpty();
        var tokens = SearchText.NumberTokens("1234567890");
        tokens.Count.ShouldBe(8 + 7 + 6 + 5 + 4 + 3); // lengths 3 to 8 of ten digits
        tokens.ShouldContain("n34567890");
        tokens.ShouldNotContain("n123456789");
    }

    [Theory]
    [InlineData("执1234", new[] { "n1234" })]
    [InlineData("1234号", new[] { "n1234" })]
    [InlineData("湘0681执1234", new[] { "n0681", "n1234" })]
    [InlineData("执12", new string[0])]
    [InlineData("1234567890", new[] { "n12345678" })] // its first eight digits, which every text holding the run indexes
    public void A_fragment_asks_for_one_number_token_per_run_of_three_digits_or_more(string fragment, string[] numbers)
    {
        var terms = SearchText.Terms(SearchText.Normalize(fragment));

        terms.Numbers.ShouldBe(numbers);
        terms.Words.ShouldBe(SearchText.Bigrams(SearchText.Normalize(fragment)));
    }

    [Theory]
    [InlineData("执1234", "（2025）湘0681执1234号")]
    [InlineData("执1234", "（2025）湘0681执12345号")]
    [InlineData("1234号", "（2025）湘0681执11234号")]
    [InlineData("1234567890", "电话01234567890")]
    public void Every_text_that_holds_a_fragment_holds_its_number_tokens(string fragment, string text)
    {
        var indexed = SearchText.IndexedTokens(SearchText.Normalize(text)).Split(' ');

        SearchText.Terms(SearchText.Normalize(fragment)).Numbers.ShouldAllBe(token => indexed.Contains(token));
    }

    [Theory]
    [InlineData("")]
    [InlineData("张")]
    [InlineData("| - ")]
    public void Text_without_a_word_of_two_characters_gives_nothing(string text)
    {
        SearchText.Bigrams(text).ShouldBeEmpty();
        SearchText.IndexedTokens(text).ShouldBe("");
    }
}

public sealed class ClipTests
{
    [Theory]
    [InlineData("执行到位", 4, "执行到位")]
    [InlineData("执行到位款", 4, "执行到…")]
    [InlineData("", 1, "")]
    public void Composed_text_is_cut_to_its_column_with_an_ellipsis(string text, int max, string expected) =>
        InputText.Clip(text, max).ShouldBe(expected);

    [Fact]
    public void A_search_column_of_very_many_names_is_cut_to_its_length()
    {
        var names = string.Join('|', Enumerable.Range(0, 100).Select(i => new string('张', 60) + i));
        SearchText.Column(names).Length.ShouldBe(SearchText.MaxLength);
        SearchText.Column("（２０２５）湘0681执1号|Zhāng").ShouldBe("(2025)湘0681执1号|zhang");
    }
}
