using System.Globalization;
using System.Text.Json;
using Catalog.Data.Seeds;

namespace Catalog.Data.Records;

/// <summary>Takes typed values out of one JSON record, reporting each missing or mistyped one against the record's line.
/// A required value that is wrong is an error and the record is skipped; an optional one is a warning and left out.</summary>
internal sealed class RecordFields(JsonElement record, string displayPath, int line, List<SeedProblem> problems)
{
    public bool HasErrors => problems.Any(p => p.IsError);

    /// <summary>A text value on one line; null when it is absent, null or empty.</summary>
    public string? OneLine(string key, bool required = false)
    {
        var text = Text(key, required);
        if (text is null)
        {
            return null;
        }

        var clean = SeedText.OneLine(text);
        if (clean.Length == 0 && required)
        {
            Error($"{key} is empty");
        }

        return clean.Length == 0 ? null : clean;
    }

    /// <summary>A text value that may span lines, such as the abstract; "" when it is absent or null.</summary>
    public string Block(string key) => Text(key, required: false) is { } text ? SeedText.Block(text) : "";

    /// <summary>A whole number, given as a number or as digits in a string.</summary>
    public int? Number(string key)
    {
        if (!record.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        if (value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), NumberStyles.None, CultureInfo.InvariantCulture, out number))
        {
            return number;
        }

        Warning($"{key} {value.GetRawText()} is not a whole number; left out");
        return null;
    }

    /// <summary>The value as it is in the record, for a value that may be a number or a word, such as a month.</summary>
    public JsonElement? Raw(string key) =>
        record.TryGetProperty(key, out var value) && value.ValueKind != JsonValueKind.Null ? value : null;

    /// <summary>The authors' names in order, cleaned, without empty entries; a name given twice stays twice.</summary>
    public IReadOnlyList<string>? Authors()
    {
        if (!record.TryGetProperty("authors", out var value) || value.ValueKind == JsonValueKind.Null)
        {
            Error("missing authors; a paper needs at least one author");
            return null;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Error($"authors must be a list of names, not {Describe(value)}");
            return null;
        }

        var names = new List<string>();
        var position = 0;
        foreach (var item in value.EnumerateArray())
        {
            position++;
            var name = item.ValueKind == JsonValueKind.String ? SeedText.OneLine(GetString(item, "authors") ?? "") : "";
            if (AuthorNames.Normalize(name).Length == 0)
            {
                Warning($"author {position} is {(item.ValueKind == JsonValueKind.String ? "empty" : Describe(item))}; left out");
                continue;
            }

            // A name twice on one paper is kept twice: two people may share it (two "Kun Xu" on arXiv 2606.26899).
            names.Add(name);
        }

        if (names.Count == 0)
        {
            Error("authors lists no name; a paper needs at least one author");
            return null;
        }

        return names;
    }

    /// <summary>A list of one-line texts such as arXiv categories, in order, each once; empty when absent.</summary>
    public List<string> Strings(string key)
    {
        var values = new List<string>();
        if (!record.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return values;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            Warning($"{key} must be a list of strings, not {Describe(value)}; left out");
            return values;
        }

        foreach (var item in value.EnumerateArray())
        {
            var text = item.ValueKind == JsonValueKind.String ? SeedText.OneLine(GetString(item, key) ?? "") : "";
            if (text.Length == 0)
            {
                Warning($"an entry of {key} is {(item.ValueKind == JsonValueKind.String ? "empty" : Describe(item))}; left out");
            }
            else if (!values.Contains(text, StringComparer.Ordinal))
            {
                values.Add(text);
            }
        }

        return values;
    }

    public void Error(string message) => problems.Add(new(displayPath, line, message));

    public void Warning(string message) => problems.Add(new(displayPath, line, message, ProblemSeverity.Warning));

    private string? Text(string key, bool required)
    {
        if (!record.TryGetProperty(key, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            if (required)
            {
                Error($"missing {key}");
            }

            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            if (required)
            {
                Error($"{key} must be a string, not {Describe(value)}");
            }
            else
            {
                Warning($"{key} must be a string, not {Describe(value)}; left out");
            }

            return null;
        }

        return GetString(value, key);
    }

    /// <summary>A JSON string, or null with an error when it holds an escape that is no character (a lone surrogate).</summary>
    private string? GetString(JsonElement value, string key)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            Error($"{key} holds an escape that is not a character (an unpaired \\uD800-\\uDFFF surrogate)");
            return null;
        }
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
        _ => "null",
    };
}
