using Catalog.Data.Search.Semantic;
using Catalog.Data.Tests.Infrastructure;
using Microsoft.Data.Sqlite;

namespace Catalog.Data.Tests.Search.Semantic;

/// <summary>The side file is a cache: whatever state it is found in, it reads as what it holds or as empty, and is
/// written again.</summary>
public sealed class EmbeddingStoreTests : IDisposable
{
    private const string Model = "test-model";
    private readonly TempFolder _folder = new();
    private readonly List<string> _problems = [];

    [Fact]
    public void It_lives_beside_the_catalog_file()
    {
        Assert.Equal(_folder.Combine("catalog.embeddings.db"), EmbeddingStore.PathBeside(_folder.Combine("catalog.db")));
    }

    [Fact]
    public void Vectors_read_back_as_written_and_only_those_asked_for_and_of_the_model()
    {
        var store = Store();
        store.Write(Model, [("a", Vector(1)), ("b", Vector(2))]);
        store.Write("other-model", [("c", Vector(3))]);

        var read = store.Read(Model, 4, new HashSet<string> { "a", "c", "z" });

        Assert.Equal(["a"], read.Keys);
        Assert.Equal(Vector(1).Values, read["a"].Values);
        Assert.Equal(Vector(1).Scale, read["a"].Scale);
        Assert.Empty(store.Read(Model, 5, new HashSet<string> { "a" }));
        Assert.Equal(3, store.Count());
        Assert.Empty(_problems);
    }

    [Theory]
    [InlineData("not a database at all, just text that someone wrote here")]
    [InlineData("")]
    public void A_file_that_is_not_a_database_reads_as_empty_and_is_made_again(string content)
    {
        File.WriteAllText(Path(), content + new string('x', content.Length == 0 ? 0 : 5000));
        var store = Store();

        Assert.Empty(store.Read(Model, 4, new HashSet<string> { "a" }));
        Assert.True(store.Write(Model, [("a", Vector(1))]));
        Assert.Single(store.Read(Model, 4, new HashSet<string> { "a" }));
    }

    [Fact]
    public void A_file_of_another_layout_is_made_again()
    {
        using (var connection = new SqliteConnection($"Data Source={Path()};Pooling=false"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE embeddings (key TEXT); PRAGMA user_version = 7;";
            command.ExecuteNonQuery();
        }

        var store = Store();

        Assert.True(store.Write(Model, [("a", Vector(1))]));
        Assert.Single(store.Read(Model, 4, new HashSet<string> { "a" }));
        Assert.Contains(_problems, p => p.Contains("layout 7", StringComparison.Ordinal));
    }

    [Fact]
    public void A_folder_that_cannot_hold_the_file_is_reported_not_thrown()
    {
        var store = new EmbeddingStore(_folder.Combine("missing-folder/catalog.embeddings.db"), _problems.Add);

        Assert.Empty(store.Read(Model, 4, new HashSet<string> { "a" }));
        Assert.False(store.Write(Model, [("a", Vector(1))]));
        Assert.NotEmpty(_problems);
    }

    [Fact]
    public void Two_writers_at_once_both_get_their_vectors_in()
    {
        var one = Store();
        var two = Store();

        Parallel.For(0, 40, i => Assert.True((i % 2 == 0 ? one : two).Write(Model, [($"k{i}", Vector(i))])));

        Assert.Equal(40, one.Count());
        Assert.Empty(_problems);
    }

    [Fact]
    public void A_file_another_process_keeps_locked_is_read_but_not_written_and_nothing_throws()
    {
        var store = new EmbeddingStore(Path(), _problems.Add, busySeconds: 1);
        store.Write(Model, [("a", Vector(1))]);
        using var other = new SqliteConnection($"Data Source={Path()};Pooling=false");
        other.Open();
        using var hold = other.CreateCommand();
        hold.CommandText = "BEGIN EXCLUSIVE";
        hold.ExecuteNonQuery();

        Assert.False(store.Write(Model, [("b", Vector(2))]));
        Assert.Contains(_problems, p => p.Contains("busy", StringComparison.Ordinal));
        Assert.Single(store.Read(Model, 4, new HashSet<string> { "a", "b" }));
    }

    [Fact]
    public void Prune_removes_the_vectors_of_texts_no_longer_kept()
    {
        var store = Store();
        store.Write(Model, [("a", Vector(1)), ("b", Vector(2)), ("c", Vector(3))]);

        Assert.Equal(2, store.Prune(new HashSet<string> { "b" }));
        Assert.Equal(1, store.Count());
    }

    public void Dispose() => _folder.Dispose();

    private string Path() => _folder.Combine("catalog.embeddings.db");

    private EmbeddingStore Store() => new(Path(), p => { lock (_problems) { _problems.Add(p); } });

    private static QuantizedVector Vector(int seed) => QuantizedVector.From([seed, -seed / 2f, 0.25f, 1]);
}
