using System.Text;
using Catalog.Data.Bibliography;
using Catalog.Data.Tests.Infrastructure;

namespace Catalog.Data.Tests.Bibliography;

/// <summary>A file that is not a readable text file is one problem at its line, and nothing of it is read.</summary>
public sealed class BibliographyFileReaderTests
{
    private static readonly BibliographyOptions s_options = new();

    [Fact]
    public void AFileThatIsNotUtf8IsNamedWithTheLineOfItsFirstBadByte()
    {
        var bytes = Encoding.Latin1.GetBytes("@article{a, author = {A. B}, title = {Fine}}\n@article{b, author = {Gödel, K.}, title = {T}}\n");
        var read = BibliographyFileReader.Read(bytes, "refs.bib", ".bib", s_options);
        Assert.Equal("refs.bib:2: is not UTF-8 (byte 0xF6 at offset 68); save it as UTF-8 (in Zotero: Export, Character Encoding: Unicode (UTF-8))",
            Assert.Single(read.Problems).ToString());
        Assert.Empty(read.Papers);
    }

    [Fact]
    public void ANulIsRefused()
    {
        var read = BibliographyFileReader.Read("@article{a,\n title = {x\0y}}"u8, "refs.bib", ".bib", s_options);
        Assert.Equal("refs.bib:2: holds a NUL character (U+0000), so it is not a text file; nothing in it was read", Assert.Single(read.Problems).ToString());
    }

    [Fact]
    public void AFileOverTheLimitIsRefusedUnread()
    {
        using var folder = new TempFolder();
        var path = folder.Combine("huge.bib");
        using (var file = File.Create(path))
        {
            file.SetLength(50L * 1000 * 1000);
        }

        var read = BibliographyFileReader.Read(path, "huge.bib", s_options);
        Assert.Equal("huge.bib:1: is 47.7 MiB; add reads files of at most 32 MiB (split it)", Assert.Single(read.Problems).ToString());
    }

    [Fact]
    public void ByteOrderMarksAreSkippedAndTheKindIsSniffedForOtherNames()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("@article{a, author = {A. B}, title = {Fine}}")).ToArray();
        var read = BibliographyFileReader.Read(bytes, "export.txt", ".txt", s_options);
        Assert.Equal("Fine", Assert.Single(read.Papers).Title);
    }
}
