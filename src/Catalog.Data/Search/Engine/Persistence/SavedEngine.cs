using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Catalog.Data.Search.Engine.Index;

namespace Catalog.Data.Search.Engine.Persistence;

/// <summary>The engine's arrays saved in the catalog file by the import (through <see cref="IEngineStore"/>), and read
/// back when a catalog version is opened: reading them takes a fraction of the time tokenizing every paper again would.
/// Each array is one part of raw values (this machine's byte order; the file is rebuilt, never carried between machines
/// of another). What is quick to work out from the saved arrays (the postings' blocks, each person's papers, the paper
/// at each sort place) is worked out again.</summary>
internal static class SavedEngine
{
    /// <summary>Saves the index, all parts or none.</summary>
    public static void Write(IEngineStore store, SearchIndex index)
    {
        using var writer = store.WriteParts();

        void Part<T>(string part, ReadOnlySpan<T> values)
            where T : unmanaged => writer.Write(part, MemoryMarshal.AsBytes(values));

        void Strings(string part, string[] values)
        {
            var (text, ends) = Joined(values);
            Part<byte>(part, text);
            Part<int>(part + ".ends", ends);
        }

        var (postings, columns) = (index.Postings, index.Columns);
        Part<int>("count", [columns.Count]);
        Strings("terms", index.Terms.All);
        Part<int>("postings.term_starts", postings.TermStarts);
        Part<int>("postings.docs", postings.Docs);
        Part<int>("postings.frequencies", postings.Frequencies);
        Part<int>("postings.position_starts", postings.PositionStarts);
        Part<byte>("postings.positions", postings.AllPositions);
        Part<long>("columns.row_ids", columns.RowIds);
        Part<int>("columns.year_of", columns.YearOf);
        Part<int>("columns.years", columns.Years);
        Part<int>("columns.venue_of", columns.VenueOf);
        Strings("columns.venues", columns.Venues);
        Part<int>("columns.people_starts", columns.People.ByDocument.Starts);
        Part<int>("columns.people", columns.People.ByDocument.Values);
        Part<long>("columns.person_ids", columns.PersonIds);
        Part<int>("columns.subject_starts", columns.Subjects.ByDocument.Starts);
        Part<int>("columns.subjects", columns.Subjects.ByDocument.Values);
        Strings("columns.subject_names", columns.SubjectNames);
        Part<int>("columns.newest", columns.Ranks.Newest.RankOf);
        Part<int>("columns.oldest", columns.Ranks.Oldest.RankOf);
        Part<int>("columns.title", columns.Ranks.Title.RankOf);
        Part<double>("columns.length_norms", columns.LengthNorms);
        Strings("compounds.joined", index.Compounds.Joined);
        Strings("compounds.split", index.Compounds.Split);
        writer.Commit();
    }

    /// <summary>The saved index, or null when the store holds none.</summary>
    public static SearchIndex? Read(IEngineStore store)
    {
        T[] Part<T>(string part)
            where T : unmanaged
        {
            var values = new T[store.PartLength(part) / Unsafe.SizeOf<T>()];
            store.ReadPart(part, MemoryMarshal.AsBytes(values.AsSpan()));
            return values;
        }

        string[] Strings(string part) => Split(Part<byte>(part), Part<int>(part + ".ends"));

        if (Part<int>("count") is not [var count])
        {
            return null;
        }

        var lengthNorms = Part<double>("columns.length_norms");
        var terms = new TermDictionary(Strings("terms"));
        var postings = new Postings(Part<int>("postings.term_starts"), Part<int>("postings.docs"), Part<int>("postings.frequencies"),
            Part<int>("postings.position_starts"), Part<byte>("postings.positions"), lengthNorms);
        var personIds = Part<long>("columns.person_ids");
        var subjectNames = Strings("columns.subject_names");
        var columns = new DocumentColumns
        {
            RowIds = Part<long>("columns.row_ids"),
            YearOf = Part<int>("columns.year_of"),
            Years = Part<int>("columns.years"),
            VenueOf = Part<int>("columns.venue_of"),
            Venues = Strings("columns.venues"),
            People = new ManyValueColumn(new MultiValueColumn(Part<int>("columns.people_starts"), Part<int>("columns.people")), personIds.Length),
            PersonIds = personIds,
            Subjects = new ManyValueColumn(new MultiValueColumn(Part<int>("columns.subject_starts"), Part<int>("columns.subjects")), subjectNames.Length),
            SubjectNames = subjectNames,
            Ranks = new SortRanks(SortOrder.FromRanks(Part<int>("columns.newest")), SortOrder.FromRanks(Part<int>("columns.oldest")),
                SortOrder.FromRanks(Part<int>("columns.title"))),
            LengthNorms = lengthNorms,
        };
        var compounds = new HyphenCompounds(Strings("compounds.joined"), Strings("compounds.split"));
        return columns.Count == count ? new SearchIndex(terms, postings, columns, compounds)
            : throw new InvalidDataException($"The catalog's saved search engine holds {columns.Count} papers where it says {count}.");
    }

    private static (byte[] Text, int[] Ends) Joined(string[] values)
    {
        var ends = new int[values.Length];
        var text = new byte[values.Sum(Encoding.UTF8.GetByteCount)];
        var at = 0;
        for (var i = 0; i < values.Length; i++)
        {
            at += Encoding.UTF8.GetBytes(values[i], text.AsSpan(at));
            ends[i] = at;
        }

        return (text, ends);
    }

    private static string[] Split(byte[] text, int[] ends)
    {
        var values = new string[ends.Length];
        var start = 0;
        for (var i = 0; i < ends.Length; i++)
        {
            values[i] = Encoding.UTF8.GetString(text, start, ends[i] - start);
            start = ends[i];
        }

        return values;
    }
}
