namespace Catalog.Data.Store;

/// <summary>The store's tables. A catalog file is built whole by <see cref="CatalogWriter"/> and never altered after,
/// so the schema has no migrations: a file of another version is rebuilt from the seeds.</summary>
internal static class CatalogSchema
{
    public const int Version = 10;

    public const string Create = """
        -- The catalog's name and description from INDEX.md, and its paper and author counts (CatalogSize).
        CREATE TABLE catalog (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        ) WITHOUT ROWID;

        -- Narrow rows for what lists, filters and facets read, so scanning thousands of matches stays in few pages.
        CREATE TABLE papers (
            rowid         INTEGER PRIMARY KEY,   -- the paper's place in INDEX.md, from 1
            id            TEXT NOT NULL,         -- the URL key, unique (papers_by_id)
            title         TEXT NOT NULL,
            date          TEXT,                  -- YYYY-MM-DD, YYYY-MM or YYYY: sorts as text
            year          INTEGER,
            venue         TEXT,
            author_count  INTEGER NOT NULL
        );

        -- The long texts, read for one paper's page and by the search engine's build.
        CREATE TABLE paper_texts (
            rowid         INTEGER PRIMARY KEY REFERENCES papers (rowid),
            title         TEXT NOT NULL,
            authors       TEXT NOT NULL,         -- names joined, the searched authors field
            abstract      TEXT NOT NULL,         -- Markdown source, as the seed gives it
            source        TEXT,
            url           TEXT,
            arxiv         TEXT,
            doi           TEXT,
            pdf           TEXT,
            file          TEXT NOT NULL
        );

        -- A paper's subjects (arXiv categories), in the seed's order.
        CREATE TABLE paper_subjects (
            paper    INTEGER NOT NULL REFERENCES papers (rowid),
            position INTEGER NOT NULL,
            subject  TEXT NOT NULL,
            PRIMARY KEY (paper, position)
        ) WITHOUT ROWID;

        -- People: one row, one page, however many spellings their papers print (PersonTable).
        CREATE TABLE authors (
            id          INTEGER PRIMARY KEY,     -- in name order, so that ties sort by id
            name        TEXT NOT NULL,           -- how the catalog names the person
            folded_name TEXT NOT NULL,           -- lower case, accents removed
            slug        TEXT NOT NULL,           -- the URL key: the people.yaml id, or made from the name; unique
            sort_key    TEXT NOT NULL,           -- folded, family name first: the author index's family sort
            orcid       TEXT,
            paper_count INTEGER NOT NULL         -- distinct papers
        );

        -- Every name string a person's papers print, with its paper count; what a name prefix is matched against (no
        -- index: the prefix may start any word of the name).
        CREATE TABLE author_names (
            author      INTEGER NOT NULL REFERENCES authors (id),
            name        TEXT NOT NULL,
            folded_name TEXT NOT NULL,
            paper_count INTEGER NOT NULL,
            PRIMARY KEY (author, name)
        ) WITHOUT ROWID;

        -- The slug a spelling would have had on its own, for each spelling that is not a person's slug: a permanent
        -- redirect to its person (/authors/carlos-riquelme-ruiz to /authors/carlos-riquelme).
        CREATE TABLE author_redirects (
            slug   TEXT PRIMARY KEY,
            author INTEGER NOT NULL REFERENCES authors (id)
        ) WITHOUT ROWID;

        -- A paper's author slots in order, each the name as the paper prints it; one person may fill two slots.
        CREATE TABLE paper_authors (
            paper    INTEGER NOT NULL REFERENCES papers (rowid),
            position INTEGER NOT NULL,
            author   INTEGER NOT NULL REFERENCES authors (id),
            name     TEXT NOT NULL,
            family   TEXT NOT NULL,              -- the family name of that spelling, for citations
            PRIMARY KEY (paper, position)
        ) WITHOUT ROWID;

        -- Who wrote what, once per person and paper: what filters, counts and co-authors read.
        CREATE TABLE author_papers (
            author INTEGER NOT NULL REFERENCES authors (id),
            paper  INTEGER NOT NULL REFERENCES papers (rowid),
            PRIMARY KEY (author, paper)
        ) WITHOUT ROWID;

        -- Year and venue counts over the whole catalog, the view every visit to /papers starts from, counted once at
        -- import (the authors table holds their counts already).
        CREATE TABLE catalog_facets (
            kind  TEXT NOT NULL,                 -- 'year', 'venue' or 'subject'
            value TEXT NOT NULL,
            label TEXT NOT NULL,
            count INTEGER NOT NULL,
            PRIMARY KEY (kind, value)
        ) WITHOUT ROWID;

        -- The search engine's arrays for this catalog version (SavedEngine), in chunks, so that opening the catalog reads
        -- them instead of tokenizing every paper again.
        CREATE TABLE engine_parts (
            name  TEXT NOT NULL,
            chunk INTEGER NOT NULL,
            data  BLOB NOT NULL,
            PRIMARY KEY (name, chunk)
        ) WITHOUT ROWID;
        """;

    /// <summary>The secondary indexes, built once the rows are in: sorting all keys once is faster than inserting each.</summary>
    public const string CreateIndexes = $"""
        CREATE UNIQUE INDEX papers_by_id ON papers (id);
        -- These match the ORDER BY clauses of the sorts exactly, so browsing reads pages straight off an index.
        CREATE INDEX papers_newest ON papers ({PaperOrders.NewestColumns});
        CREATE INDEX papers_oldest ON papers ({PaperOrders.OldestColumns});
        CREATE INDEX papers_by_venue ON papers (venue);
        CREATE INDEX papers_by_title ON papers ({PaperOrders.TitleColumns});

        CREATE UNIQUE INDEX authors_by_slug ON authors (slug);
        CREATE INDEX authors_by_name_nocase ON authors (name COLLATE NOCASE);
        CREATE INDEX authors_by_sort_key ON authors (sort_key);
        CREATE INDEX authors_by_count ON authors (paper_count DESC, name);

        CREATE INDEX author_papers_by_paper ON author_papers (paper, author);
        CREATE INDEX paper_subjects_by_subject ON paper_subjects (subject, paper);
        """;

    public const string CountFacets = """
        INSERT INTO catalog_facets (kind, value, label, count)
        SELECT 'year', CAST(year AS TEXT), CAST(year AS TEXT), count(*) FROM papers WHERE year IS NOT NULL GROUP BY year;
        INSERT INTO catalog_facets (kind, value, label, count)
        SELECT 'venue', venue, venue, count(*) FROM papers WHERE venue IS NOT NULL GROUP BY venue;
        INSERT INTO catalog_facets (kind, value, label, count)
        SELECT 'subject', subject, subject, count(DISTINCT paper) FROM paper_subjects GROUP BY subject;
        CREATE INDEX catalog_facets_by_count ON catalog_facets (kind, count DESC, label);
        """;
}
