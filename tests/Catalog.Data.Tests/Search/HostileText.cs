namespace Catalog.Data.Tests.Search;

/// <summary>What a search box may receive from someone who is not searching.</summary>
public static class HostileText
{
    /// <summary>As theory data. Use it with DisableDiscoveryEnumeration, or xunit serialises the strings and mends lone surrogates.</summary>
    public static TheoryData<string> Data => [.. Queries];

    public static IReadOnlyList<string> Queries { get; } =
    [
        "\"",
        "\"\"\"",
        "“unbalanced",
        "-",
        "- - -",
        "*",
        "^",
        ":",
        "AND(",
        "OR",
        "NOT",
        "NEAR",
        "NEAR(",
        "NEAR(a b, -1)",
        "a AND",
        "(a OR b",
        "title:",
        "{title}: x",
        "x*y*",
        "\"x\"*",
        "-\"\"",
        "'; DROP TABLE papers; --",
        "\" OR 1=1 --",
        "') OR ('1'='1",
        "%_%",
        "\\",
        "\0",
        "a\0b",
        "\uD800",
        "\uDFFF\uD800",
        "\u202Eevil\u202C",
        "مرحبا بالعالم",
        "\u200B\u200Btransformer\u200B",
        "🤖🦾 robots",
        "\uFFFD\uFFFF",
        "Z̵̢̛a̸l̷g̶o̸",
        "transformer " + new string('-', 500),
        new string('a', 10_000),
        string.Concat(Enumerable.Repeat("a ", 5_000)),
        string.Concat(Enumerable.Repeat("\" ", 5_000)),
        string.Join(" OR ", Enumerable.Range(0, 2_000).Select(i => $"w{i}")),
        string.Concat(Enumerable.Repeat("(", 5_000)),
        string.Concat(Enumerable.Repeat("-x ", 3_000)),
        string.Concat(Enumerable.Repeat("x* ", 3_000)),
    ];
}
