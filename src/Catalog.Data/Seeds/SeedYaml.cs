using System.Buffers;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Catalog.Data.Seeds;

/// <summary>Loads the YAML of seed files (paper front matter and people.yaml) without letting a small file cost
/// unbounded time or stack: nesting is bounded, and aliases are refused, since a few anchors used as keys make YamlDotNet
/// hash the same nodes exponentially often (37 s of CPU for a 1 KB file). Seeds have no use for either.</summary>
internal static class SeedYaml
{
    /// <summary>Seed YAML needs three levels at most (a list of people, a person, its variants); YamlDotNet's loader
    /// recurses once per level, so a file of a few hundred thousand nested brackets would overflow the stack.</summary>
    public const int MaxNesting = 32;

    private static readonly SearchValues<char> s_nestingIndicators = SearchValues.Create("[{-:?");

    /// <summary>The document's root node, or null with a problem. <paramref name="lineOffset"/> is added to YamlDotNet's
    /// 1-based lines to give the file's.</summary>
    public static YamlNode? Load(string yaml, string displayPath, int lineOffset, List<SeedProblem> problems)
    {
        try
        {
            if ((MayNestDeeply(yaml) || yaml.Contains('&', StringComparison.Ordinal)) && Refused(yaml) is { } refused)
            {
                problems.Add(new(displayPath, (int)refused.Where.Line + lineOffset, refused.Message));
                return null;
            }

            var stream = new YamlStream();
            stream.Load(new StringReader(yaml));
            return stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            problems.Add(new(displayPath, (int)ex.Start.Line + lineOffset, $"malformed YAML: {message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unclosed flow lists ("[a" and a new line).
            problems.Add(new(displayPath, LastReadableLine(yaml) + lineOffset, "malformed YAML: a list or mapping in [ ] or { } is not closed"));
            return null;
        }
    }

    /// <summary>The line of the last part of the YAML that the parser could read.</summary>
    private static int LastReadableLine(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var line = 1L;
        try
        {
            while (parser.MoveNext())
            {
                line = parser.Current!.End.Line;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException)
        {
            // Where it stopped is the answer.
        }

        return (int)line;
    }

    /// <summary>The line of a node in the file, for problems.</summary>
    public static int LineOf(YamlNode node, int lineOffset) => (int)node.Start.Line + lineOffset;

    /// <summary>Each level of nesting needs one of these indicators, so YAML with fewer of them cannot nest too deep,
    /// and the second pass over the text is spared for nearly every file.</summary>
    private static bool MayNestDeeply(string yaml)
    {
        var rest = yaml.AsSpan();
        for (var count = 0; count <= MaxNesting; count++)
        {
            var next = rest.IndexOfAny(s_nestingIndicators);
            if (next < 0)
            {
                return false;
            }

            rest = rest[(next + 1)..];
        }

        return true;
    }

    /// <summary>The first anchor or alias, or where the YAML nests too deep, found by the parser's events, which keep
    /// their own stack.</summary>
    private static (Mark Where, string Message)? Refused(string yaml)
    {
        var parser = new Parser(new StringReader(yaml));
        var depth = 0;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            if (current is AnchorAlias || current is NodeEvent { Anchor.IsEmpty: false })
            {
                return (current.Start, "YAML anchors and aliases (&name, *name) are not allowed in seed files; write the value out");
            }

            if (current is MappingStart or SequenceStart && ++depth > MaxNesting)
            {
                return (current.Start, $"malformed YAML: nested more than {MaxNesting} levels deep");
            }

            if (current is MappingEnd or SequenceEnd)
            {
                depth--;
            }
        }

        return null;
    }
}
