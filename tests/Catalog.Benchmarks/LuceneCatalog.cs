using System.Diagnostics;
using System.Globalization;
using Catalog.Data.Records;
using Catalog.Data.Seeds;
using Lucene.Net.Analysis.En;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Catalog.Benchmarks;

/// <summary>The reference point: the same records in a Lucene.Net 4.8 index (EnglishAnalyzer, BM25, one segment) in a
/// temp folder, searched over title, authors and abstract with the store's column weights (10, 4, 1).</summary>
public sealed class LuceneCatalog : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;
    private static readonly string[] s_fields = ["title", "authors", "abstract"];
    private static readonly Dictionary<string, float> s_boosts = new() { ["title"] = 10f, ["authors"] = 4f, ["abstract"] = 1f };

    private readonly LuceneDirectory _directory;
    private readonly EnglishAnalyzer _analyzer = new(Version);
    private DirectoryReader _reader;
    private IndexSearcher _searcher;

    private LuceneCatalog(LuceneDirectory directory)
    {
        _directory = directory;
        _reader = DirectoryReader.Open(directory);
        _searcher = NewSearcher(_reader);
    }

    public TimeSpan BuildTime { get; private init; }

    public int Documents => _reader.NumDocs;

    public static LuceneCatalog Build(string records, string folder)
    {
        var started = Stopwatch.GetTimestamp();
        var directory = FSDirectory.Open(folder);
        using (var analyzer = new EnglishAnalyzer(Version))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 256,
        }))
        {
            foreach (var record in PaperRecordReader.Read(records).Select(l => l.Record).OfType<PaperRecord>())
            {
                writer.AddDocument(ToDocument(record));
            }

            writer.ForceMerge(1);
            writer.Commit();
        }

        return new LuceneCatalog(directory) { BuildTime = Stopwatch.GetElapsedTime(started) };
    }

    /// <summary>Top 20 of the kind's page by relevance with the total count, reading the page's stored ids and titles.</summary>
    public long Search(QueryKind kind)
    {
        var parser = new MultiFieldQueryParser(Version, s_fields, _analyzer, s_boosts) { DefaultOperator = kind.LuceneAnyWord ? Operator.OR : Operator.AND };
        var query = parser.Parse(kind.LuceneQuery);
        Filter? filter = kind.LuceneAuthor is { } author ? new QueryWrapperFilter(new TermQuery(new Term("author", author)))
            : kind.LuceneYear is { } year ? NumericRangeFilter.NewInt32Range("year", year, year, true, true)
            : null;
        var pageSize = Catalog.Data.Search.SearchRequest.PageSize;
        var top = _searcher.Search(query, filter, kind.Request.Page * pageSize);
        for (var i = (kind.Request.Page - 1) * pageSize; i < top.ScoreDocs.Length; i++)
        {
            var document = _searcher.Doc(top.ScoreDocs[i].Doc);
            _ = document.Get("id", CultureInfo.InvariantCulture);
            _ = document.Get("title", CultureInfo.InvariantCulture);
        }

        return top.TotalHits;
    }

    /// <summary>The ids of the best papers for text as a person typed it, as BM25 ranks an OR of its terms over the same
    /// fields with the same weights: the relevance benchmark's reference.</summary>
    public IReadOnlyList<string> RankedIds(string text, int take)
    {
        var parser = new MultiFieldQueryParser(Version, s_fields, _analyzer, s_boosts) { DefaultOperator = Operator.OR };
        var query = parser.Parse(QueryParserBase.Escape(text));
        return [.. _searcher.Search(query, take).ScoreDocs.Select(d => _searcher.Doc(d.Doc).Get("id", CultureInfo.InvariantCulture))];
    }

    /// <summary>Opens the index again, so the next search is a first search.</summary>
    public void Reopen()
    {
        _reader.Dispose();
        _reader = DirectoryReader.Open(_directory);
        _searcher = NewSearcher(_reader);
    }

    public void Dispose()
    {
        _reader.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }

    private static IndexSearcher NewSearcher(DirectoryReader reader) => new(reader) { Similarity = new BM25Similarity() };

    private static Document ToDocument(PaperRecord record)
    {
        var document = new Document
        {
            new StringField("id", record.Id, Field.Store.YES),
            new TextField("title", record.Title, Field.Store.YES),
            new TextField("authors", string.Join(", ", record.Authors), Field.Store.NO),
            new TextField("abstract", record.Abstract, Field.Store.NO),
        };
        foreach (var author in record.Authors)
        {
            // The store's author filter matches the name as the importer normalises it.
            document.Add(new StringField("author", AuthorNames.Normalize(author), Field.Store.NO));
        }

        if (record.Date is { } date)
        {
            document.Add(new Int32Field("year", date.Year, Field.Store.NO));
        }

        return document;
    }
}
