using Catalog.Components.Citations;

namespace Catalog.Components.Tests.Citations;

public sealed class CiteKeysTests
{
    [Theory]
    [InlineData("Dehghani", 2023, "Scaling Vision Transformers to 22 Billion Parameters", "dehghani2023scaling")]
    [InlineData("Movahedi", 2022, "$\\Lambda$-DARTS: Mitigating Performance Collapse", "movahedi2022darts")]
    [InlineData("Lučić", 2019, "On the Robustness of Models", "lucic2019robustness")]
    [InlineData("van Steenkiste", 2020, "A Case for Object", "vansteenkiste2020case")]
    [InlineData(null, null, "The", "anonnd")]
    public void A_key_is_family_year_and_first_significant_title_word_in_ascii(string? family, int? year, string title, string expected) =>
        Assert.Equal(expected, CiteKeys.BaseKey(family, year, title));

    [Fact]
    public void Papers_sharing_a_key_get_suffixes_in_id_order()
    {
        var keys = CiteKeys.Assign([("2302.2", "k2023x"), ("2302.1", "k2023x"), ("9999.9", "other2020y"), ("2302.3", "k2023x")]);

        Assert.Equal("k2023x", keys["2302.1"]);
        Assert.Equal("k2023xb", keys["2302.2"]);
        Assert.Equal("k2023xc", keys["2302.3"]);
        Assert.Equal("other2020y", keys["9999.9"]);
    }

    [Fact]
    public void Adding_an_unrelated_paper_changes_no_key()
    {
        (string, string)[] before = [("a", "k2023x"), ("b", "k2023x"), ("c", "z2020y")];
        var after = CiteKeys.Assign([.. before, ("0", "new2024z")]);

        foreach (var (id, key) in CiteKeys.Assign(before))
        {
            Assert.Equal(key, after[id]);
        }
    }

    [Fact]
    public void Past_z_the_suffix_is_a_number() => Assert.Equal("k2023x-27", CiteKeys.WithSuffix("k2023x", 26));
}
