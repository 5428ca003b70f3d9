using Catalog.Data.Bibliography;

namespace Catalog.Data.Tests.Bibliography;

/// <summary>Every form of a BibTeX name becomes the name as printed and its family name.</summary>
public sealed class BibTexNamesTests
{
    [Theory]
    [InlineData("Mostafa Dehghani", "Mostafa Dehghani", "Dehghani")]
    [InlineData("Dehghani, Mostafa", "Mostafa Dehghani", "Dehghani")]
    [InlineData("Sjoerd van Steenkiste", "Sjoerd van Steenkiste", "van Steenkiste")]
    [InlineData("van Steenkiste, Sjoerd", "Sjoerd van Steenkiste", "van Steenkiste")]
    [InlineData("Ludwig van der Beethoven", "Ludwig van der Beethoven", "van der Beethoven")]
    [InlineData("{Riquelme Ruiz}, Carlos", "Carlos Riquelme Ruiz", "Riquelme Ruiz")]
    [InlineData("Riquelme Ruiz, Carlos", "Carlos Riquelme Ruiz", "Riquelme Ruiz")]
    [InlineData("{Barnes and Noble}", "Barnes and Noble", "Barnes and Noble")]
    [InlineData("King, Jr, Martin Luther", "Martin Luther King Jr", "King")]
    [InlineData(@"Lu{\v{c}}i{\'c}, Mario", "Mario Lučić", "Lučić")]
    [InlineData(@"{\""O}zg{\""u}r Y{\i}lmaz", "Özgür Yılmaz", "Yılmaz")]
    [InlineData("Gamaleldin F. Elsayed", "Gamaleldin F. Elsayed", "Elsayed")]
    [InlineData("Jean-Baptiste Alayrac", "Jean-Baptiste Alayrac", "Alayrac")]
    [InlineData("Aristotle", "Aristotle", "Aristotle")]
    [InlineData("de la Fontaine, Jean", "Jean de la Fontaine", "de la Fontaine")]
    [InlineData("{Google DeepMind}", "Google DeepMind", "Google DeepMind")]
    [InlineData("family=Steenkiste, given=Sjoerd, prefix=van, useprefix=true", "Sjoerd van Steenkiste", "van Steenkiste")]
    public void NameFormsReadAsPrinted(string tex, string name, string family)
    {
        var read = BibTexNames.Parse(tex);
        Assert.Equal((name, family), (read!.Name, read.Family));
    }

    [Fact]
    public void NamesAreSplitAtAndOutsideBracesInOrder()
    {
        var names = BibTexNames.Read("Dehghani, Mostafa and {Barnes and Noble} AND Tay, Yi\nand\tvan Steenkiste, Sjoerd and others", out var others);
        Assert.Equal(["Mostafa Dehghani", "Barnes and Noble", "Yi Tay", "Sjoerd van Steenkiste"], names.Select(n => n.Name));
        Assert.True(others);
    }

    [Theory]
    [InlineData("Mostafa Dehghani", "Dehghani", "Mostafa Dehghani")]
    [InlineData("Sjoerd van Steenkiste", "van Steenkiste", "van Steenkiste, Sjoerd")]
    [InlineData("Carlos Riquelme Ruiz", "Riquelme Ruiz", "Riquelme Ruiz, Carlos")]
    [InlineData("Barnes and Noble", "Barnes and Noble", "Barnes and Noble")]
    [InlineData("Martin Luther King Jr", "King", "Martin Luther King Jr")]
    public void SeedsWriteFamilyFirstOnlyWhenTheFamilyIsNotTheLastWord(string name, string family, string seed) =>
        Assert.Equal(seed, new ImportedName(name, family).SeedForm);

    [Theory]
    [InlineData("C. Riquelme", "Carlos Riquelme", true)]
    [InlineData("Carlos Riquelme Ruiz", "Carlos Riquelme", true)]
    [InlineData("Mario Lucic", "Mario Lučić", true)]
    [InlineData("M. Dehghani", "Mostafa Dehghani", true)]
    [InlineData("Hyung W. Chung", "Hyung Won Chung", true)]
    [InlineData("Hyung Chung", "Hyung Won Chung", true)]
    [InlineData("Mostafa Dehghani", "Mostafa Dehghani", false)]
    [InlineData("J. Smith", "Jane Doe", false)]
    [InlineData("John Smith", "Jane Smith", false)]
    [InlineData("P. Kumar", "Pranay Kumar Yelugam", false)]
    [InlineData("Javier Osorio", "J. A. Osorio-Caballero", false)]
    [InlineData("Kumar", "Manoj Kumar", false)]
    public void NamesNearAKnownNameDifferOnlyByInitialsAccentsOrAMiddleName(string name, string known, bool near) =>
        Assert.Equal(near, NameMatches.AreNear(name, known));
}
