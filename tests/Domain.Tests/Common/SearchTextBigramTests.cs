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
        SearchText.IndexedBigrams("张三|li ming").ShouldBe("张三 li mi in ng");
    }

    [Theory]
    [InlineData("")]
    [InlineData("张")]
    [InlineData("| - ")]
    public void Text_without_a_word_of_two_characters_gives_nothing(string text)
    {
        SearchText.Bigrams(text).ShouldBeEmpty();
        SearchText.IndexedBigrams(text).ShouldBe("");
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
