using Catalog.Components.Citations;

namespace Catalog.Components.Tests.Citations;

public sealed class PersonNamesTests
{
    [Theory]
    [InlineData("Sjoerd van Steenkiste", "van Steenkiste", "van Steenkiste", "Sjoerd")]
    [InlineData("Carlos Riquelme Ruiz", "Riquelme Ruiz", "Riquelme Ruiz", "Carlos")]
    [InlineData("Mario Lučić", null, "Lučić", "Mario")]
    [InlineData("Ludwig van Beethoven", null, "van Beethoven", "Ludwig")]
    [InlineData("Dehghani, Mostafa", null, "Dehghani", "Mostafa")]
    [InlineData("Google", null, "Google", "")]
    public void A_name_splits_at_the_family_name_the_store_keeps_or_else_at_its_last_word(string name, string? family, string expectedFamily, string expectedGiven) =>
        Assert.Equal(new CitationName(expectedFamily, expectedGiven), PersonNames.Split(name, family));
}
