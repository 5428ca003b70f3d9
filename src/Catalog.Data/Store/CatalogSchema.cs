namespace Catalog.Data.Store;

/// <summary>The store's tables. A catalog file is built whole by <see cref="CatalogWriter"/> and never altered after,
/// so the schema has no migrations: a file of another version is rebuilt from the seeds.</summary>
internal static class CatalogSchema
{
    public const int Version = 7;

    public const string Create = """
        -- The catalog's name and description from INDEX.md, and its paper and author counts (CatalogSize).
        CREATE TABLE catalog (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        -- Narrow rows for what lists, filters and facets read, so scanning thousands of matches stays in few pages.
        CREATE TABLE papers (
            rowid         INTEGER PRIMARY KEY,   -- year, venue and catalog order (PaperRowIds)
            id            TEXT NOT NULL,         -- the URL key, unique (papers_by_id)
            title         TEXT NOT NULL,
            date          TEXT,                  -- YYYY-MM-DD, YYYY-MM or YYYY: sorts as text
            year          INTEGER,
            venue         TEXT,
            author_count  INTEGER NOT NULL
        );

        -- The venue numbers in paper rowids.
        CREATE TABLE venues (
            id   INTEGER PRIMARY KEY,
            name TEXT NOT NULL
        );

        -- The long texts, read for one paper's page and by the full-text index.
        CREATE TABLE paper_texts (
            rowid         INTEGER PRIMARY KEY REFERENCES papers (rowid),
            title         TEXT NOT NULL,
            authors       TEXT NOT NULL,         -- names joined, for the full-text index
            abstract      TEXT NOT NULL,         -- Markdown source, as the seed gives it
            source        TEXT,
            url           TEXT,
            arxiv         TEXT,
            file          TEXT NOT NULL
        );

        CREATE TABLE authors (
            id          INTEGER PRIMARY KEY,     -- in name order, so that ties sort by id (AuthorTable)
            name        TEXT NOT NULL,           -- unique (AuthorTable keys authors by name), as is the slug
            folded_name TEXT NOT NULL,           -- lower case, accents removed: what a name prefix is matched against
                                                 -- (no index: the prefix may start any word of the name)
            slug        TEXT NOT NULL,
            paper_count INTEGER NOT NULL
        );

        CREATE TABLE paper_authors (
            paper    INTEGER NOT NULL REFERENCES papers (rowid),
            position INTEGER NOT NULL,
            author   INTEGER NOT NULL REFERENCES authors (id),
            PRIMARY KEY (paper, position)
        ) WITHOUT ROWID;

        -- Year and venue counts over the whole catalog, the view every visit to /papers starts from, counted once at
        -- import (the authors table holds their counts already).
        CREATE TABLE catalog_facets (
            kind  TEXT NOT NULL,                 -- 'year' or 'venue'
            value TEXT NOT NULL,
            label TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (kind, value)
        ) WITHOUT ROWID;
        """;

    /// <summary>The full-text index, external content over paper_texts. <see cref="FullTextIndexBuilder"/> fills it in a
    /// file of its own, then its shadow tables (the index itself) are copied into the catalog's empty ones.</summary>
    public const string CreateFullText = $"""
        -- Porter stemming finds "transformers" for "transformer"; remove_diacritics 2 finds "Lučić" for "Lucic".
        CREATE VIRTUAL TABLE papers_fts USING fts5 (
            title, authors, abstract,
            content = 'paper_texts', content_rowid = 'rowid',
            tokenize = '{FullTextTokenizer}'
        );
        """;

    /// <summary>The full-text tokenizer, also used to find what a searched word becomes in the index.</summary>
    public const string FullTextTokenizer = "porter unicode61 remove_diacritics 2";

    /// <summary>FTS5's own tables for the index: plain tables, copied row for row from the builder's file.</summary>
    public static readonly string[] FullTextShadowTables = ["papers_fts_data", "papers_fts_idx", "papers_fts_docsize", "papers_fts_config"];

    /// <summary>The secondary indexes, built once the rows are in: sorting all keys once is faster than inserting each.</summary>
    public const string CreateIndexes = """
        CREATE UNIQUE INDEX papers_by_id ON papers (id);
        -- These match the ORDER BY clauses of the sorts exactly, so browsing reads pages straight off an index.
        CREATE INDEX papers_newest ON papers (date IS NULL, date DESC, rowid);
        CREATE INDEX papers_oldest ON papers (date IS NULL, date, rowid);
        CREATE INDEX papers_by_venue ON papers (venue);
        CREATE INDEX papers_by_title ON papers (title COLLATE NOCASE);

        CREATE UNIQUE INDEX authors_by_slug ON authors (slug);
        CREATE INDEX authors_by_name_nocase ON authors (name COLLATE NOCASE);
        CREATE INDEX authors_by_count ON authors (paper_count DESC, name);

        CREATE INDEX paper_authors_by_author ON paper_authors (author, paper);
        """;

    public const string CountFacets = """
        INSERT INTO catalog_facets (kind, value, label, count)
        SELECT 'year', CAST(year AS TEXT), CAST(year AS TEXT), count(*) FROM papers WHERE year IS NOT NULL GROUP BY year;
        INSERT INTO catalog_facets (kind, value, label, count)
        SELECT 'venue', venue, venue, count(*) FROM papers WHERE venue IS NOT NULL GROUP BY venue;
        CREATE INDEX catalog_facets_by_count ON catalog_facets (kind, count DESC, label);
        """;
}
