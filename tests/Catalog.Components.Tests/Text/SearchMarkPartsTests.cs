using Catalog.Components.Text;

namespace Catalog.Components.Tests.Text;

public sealed class SearchMarkPartsTests
{
    [Fact]
    public void Text_without_marks_is_one_plain_part()
    {
        Assert.Equal([("plain text", false)], SearchMarkParts.Split("plain text"));
    }

    [Fact]
    public void Empty_text_has_no_parts()
    {
        Assert.Empty(SearchMarkParts.Split(""));
    }

    [Fact]
    public void Marked_words_are_split_from_the_plain_text_around_them()
    {
        Assert.Equal(
            [("Sparse ", false), ("Upcycling", true), (" of ", false), ("Dense", true)],
            SearchMarkParts.Split(Samples.Marked("Sparse [Upcycling] of [Dense]")));
    }

    [Fact]
    public void A_mark_at_the_start_and_adjacent_marks_give_no_empty_parts()
    {
        Assert.Equal(
            [("Dual", true), ("Patch", true), ("Norm", false)],
            SearchMarkParts.Split(Samples.Marked("[Dual][Patch]Norm")));
    }

    [Fact]
    public void An_unclosed_mark_runs_to_the_end()
    {
        Assert.Equal([("a ", false), ("b c", true)], SearchMarkParts.Split(Samples.Marked("a [b c")));
    }

    [Fact]
    public void An_end_mark_without_a_start_is_dropped()
    {
        Assert.Equal([("a", false), ("b", false)], SearchMarkParts.Split(Samples.Marked("a]b")));
    }
}
