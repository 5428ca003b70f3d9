using Catalog.Data.Bibliography;
using Catalog.Data.Seeds;

namespace Catalog.Data.Tests.Bibliography;

/// <summary>RIS, CSL-JSON, Crossref's work JSON and arXiv's Atom give the same fields, each problem with its line.</summary>
public sealed class OtherFormatReaderTests
{
    private static readonly BibliographyOptions s_options = new();

    [Fact]
    public void RisRecordsAsZoteroWritesThem()
    {
        var read = RisReader.Read("""
            TY  - CPAPER
            TI  - Attention is all you need
            AU  - Vaswani, Ashish
            AU  - van Steenkiste, Sjoerd
            AU  - King, Martin Luther, Jr.
            T2  - Advances in Neural Information Processing Systems
            DA  - 2017/12/04/
            PY  - 2017
            DO  - 10.5555/3295222.3295349
            UR  - https://arxiv.org/abs/1706.03762
            L1  - https://arxiv.org/pdf/1706.03762
            KW  - transformers
            AB  - The dominant sequence transduction models
              are based on recurrent networks.
            XX  - an unknown tag
            ER  - 

            TY  - JOUR
            PY  - 2020
            ER  - 
            TY  - JOUR
            TI  - Never closed
            """.Replace("\r\n", "\n", StringComparison.Ordinal), "refs.ris", s_options);

        var paper = Assert.Single(read.Papers);
        Assert.Equal("Attention is all you need", paper.Title);
        Assert.Equal(["Ashish Vaswani", "Sjoerd van Steenkiste", "Martin Luther King Jr."], paper.Authors.Select(a => a.Name));
        Assert.Equal("van Steenkiste", paper.Authors[1].Family);
        Assert.Equal(new PaperDate(2017, 12, 4), paper.Date);
        Assert.Equal("Advances in Neural Information Processing Systems", paper.Venue);
        Assert.Equal(("10.5555/3295222.3295349", "1706.03762", "https://arxiv.org/pdf/1706.03762"), (paper.Doi, paper.Arxiv, paper.Pdf));
        Assert.Equal("The dominant sequence transduction models are based on recurrent networks.", paper.Abstract);
        Assert.Empty(paper.Subjects);
        Assert.Equal(
        [
            "refs.ris:15: warning: 'XX' is not a RIS tag; ignored",
            "refs.ris:18: the entry has no title; a paper needs one",
            "refs.ris:18: the entry has no authors; a paper needs at least one",
            "refs.ris:21: this record is not closed: an 'ER  - ' line is missing before the end of the file",
        ], read.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void CslJsonItemsWithTheirLines()
    {
        var read = CslJsonReader.Read("""
            [
              {
                "id": "vaswani2017", "type": "paper-conference",
                "title": "Attention is all you need",
                "author": [{"family": "Vaswani", "given": "Ashish"}, {"family": "Steenkiste", "given": "Sjoerd", "non-dropping-particle": "van"}, {"literal": "Google Brain"}],
                "issued": {"date-parts": [[2017, 12]]},
                "container-title": "NeurIPS",
                "DOI": "10.5555/3295222.3295349",
                "abstract": "Plain text."
              },
              {
                "id": "ul2", "type": "article", "title": "UL2", "author": [{"family": "Tay", "given": "Yi"}],
                "issued": {"date-parts": [["2022", "5", "10"]]}, "number": "arXiv:2205.05131", "publisher": "arXiv"
              },
              {"id": "none", "title": "No authors"}
            ]
            """.Replace("\r\n", "\n", StringComparison.Ordinal), "refs.json", s_options);

        Assert.Equal(["Ashish Vaswani", "Sjoerd van Steenkiste", "Google Brain"], read.Papers[0].Authors.Select(a => a.Name));
        Assert.Equal("van Steenkiste", read.Papers[0].Authors[1].Family);
        Assert.Equal(new PaperDate(2017, 12, null), read.Papers[0].Date);
        Assert.Equal(2, read.Papers[0].Line);
        Assert.Equal(("2205.05131", new PaperDate(2022, 5, 10)), (read.Papers[1].Arxiv, read.Papers[1].Date));
        Assert.Equal("refs.json:15: entry 'none' has no authors; a paper needs at least one", Assert.Single(read.Problems).ToString());
    }

    [Fact]
    public void BrokenJsonNamesItsLine()
    {
        var read = CslJsonReader.Read("[\n  {\"title\": \"x\",\n  \"author\": [}\n]", "refs.json", s_options);
        Assert.StartsWith("refs.json:3: not valid JSON", Assert.Single(read.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void DeepJsonIsAProblemNotACrash()
    {
        var read = CslJsonReader.Read(new string('[', 5000) + new string(']', 5000), "refs.json", s_options);
        Assert.StartsWith("refs.json:1: not valid JSON", Assert.Single(read.Problems).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AtomEntriesOfArxivsApi()
    {
        var read = ArxivAtomReader.Read("""
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title type="html">ArXiv Query: search_query=&amp;id_list=2302.05442</title>
              <entry>
                <id>http://arxiv.org/abs/2302.05442v1</id>
                <published>2023-02-10T18:58:21Z</published>
                <title>Scaling Vision Transformers to 22 Billion
              Parameters</title>
                <summary>  The scaling of Transformers has driven
            breakthrough capabilities.
            </summary>
                <author><name>Mostafa Dehghani</name></author>
                <author><name>Josip Djolonga</name></author>
                <arxiv:primary_category xmlns:arxiv="http://arxiv.org/schemas/atom" term="cs.CV" scheme="http://arxiv.org/schemas/atom"/>
                <category term="cs.CV" scheme="http://arxiv.org/schemas/atom"/>
                <category term="cs.AI" scheme="http://arxiv.org/schemas/atom"/>
              </entry>
            </feed>
            """, "query.atom");

        var paper = Assert.Single(read.Papers);
        Assert.Equal("Scaling Vision Transformers to 22 Billion Parameters", paper.Title);
        Assert.Equal("The scaling of Transformers has driven breakthrough capabilities.", paper.Abstract);
        Assert.Equal(("2302.05442", "10.48550/arXiv.2302.05442", new PaperDate(2023, 2, 10)), (paper.Arxiv, paper.Doi, paper.Date));
        Assert.Equal(["cs.CV", "cs.AI"], paper.Subjects);
        Assert.Equal(("https://arxiv.org/abs/2302.05442", "https://arxiv.org/pdf/2302.05442"), (paper.Url, paper.Pdf));
        Assert.Equal(4, paper.Line);
    }

    [Fact]
    public void AtomWithADoctypeIsRefused()
    {
        var read = ArxivAtomReader.Read("<?xml version=\"1.0\"?>\n<!DOCTYPE feed [<!ENTITY x \"xx\">]>\n<feed/>", "query.atom");
        Assert.StartsWith("query.atom:1: not valid XML: For security reasons DTD is prohibited", Assert.Single(read.Problems).ToString(), StringComparison.Ordinal);
    }
}
