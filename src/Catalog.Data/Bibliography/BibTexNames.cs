namespace Catalog.Data.Bibliography;

/// <summary>BibTeX's name lists, read as BibTeX reads them: names separated by "and" outside braces, each in one of the
/// forms "First von Last", "von Last, First" or "von Last, Jr, First"; a braced name ("{Barnes and Noble}") is one word,
/// and a word is a "von" word when its first letter outside braces is lower case. A name becomes the name as printed,
/// "First von Last Jr", with "von Last" as its family name.</summary>
public static class BibTexNames
{
    /// <summary>The names of a list, in order. <paramref name="others"/> is true when the list ends with "and others",
    /// BibTeX's "et al.", which names nobody.</summary>
    public static List<ImportedName> Read(string tex, out bool others)
    {
        others = false;
        var names = new List<ImportedName>();
        foreach (var raw in SplitNames(tex))
        {
            if (raw.Equals("others", StringComparison.OrdinalIgnoreCase))
            {
                others = true;
                continue;
            }

            if (Parse(raw) is { } name)
            {
                names.Add(name);
            }
        }

        return names;
    }

    public static ImportedName? Parse(string raw)
    {
        var parts = SplitOutsideBraces(raw, ',').Select(p => p.Trim()).ToList();
        if (parts.Count > 1 && parts.All(IsKeyValue))
        {
            return KeyValueName(parts);
        }

        List<string> first, von, last, jr = [];
        if (parts.Count == 1)
        {
            var words = Words(parts[0]);
            if (words.Count == 0)
            {
                return null;
            }

            var vonStart = -1;
            var vonEnd = -1;
            for (var i = 0; i < words.Count - 1; i++)
            {
                if (IsLowerCase(words[i]))
                {
                    vonStart = vonStart < 0 ? i : vonStart;
                    vonEnd = i;
                }
            }

            if (vonStart < 0)
            {
                (first, von, last) = (words[..^1], [], [words[^1]]);
            }
            else
            {
                (first, von, last) = (words[..vonStart], words[vonStart..(vonEnd + 1)], words[(vonEnd + 1)..]);
            }
        }
        else
        {
            var words = Words(parts[0]);
            var vonEnd = -1;
            for (var i = 0; i < words.Count - 1; i++)
            {
                if (IsLowerCase(words[i]))
                {
                    vonEnd = i;
                }
            }

            von = words[..(vonEnd + 1)];
            last = words[(vonEnd + 1)..];
            first = Words(parts[^1]);
            if (parts.Count > 2)
            {
                jr = [.. parts.Skip(1).Take(parts.Count - 2).SelectMany(Words)];
            }
        }

        var family = Text(von.Concat(last));
        var name = string.Join(' ', new[] { Text(first), family, Text(jr) }.Where(p => p.Length > 0));
        return name.Length == 0 ? null : new ImportedName(name, family.Length > 0 ? family : null);
    }

    /// <summary>biblatex's extended name format, which Better BibTeX writes for names with a particle:
    /// "family=Steenkiste, given=Sjoerd, prefix=van, useprefix=true".</summary>
    private static bool IsKeyValue(string part)
    {
        var equals = part.IndexOf('=', StringComparison.Ordinal);
        return equals > 0 && part[..equals].Trim().All(c => char.IsAsciiLetterLower(c) || c == '-');
    }

    private static ImportedName? KeyValueName(List<string> parts)
    {
        var values = parts.Select(p => (Key: p[..p.IndexOf('=', StringComparison.Ordinal)].Trim(), Value: p[(p.IndexOf('=', StringComparison.Ordinal) + 1)..].Trim()))
            .GroupBy(p => p.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => TexToUnicode.Convert(g.First().Value).Trim(), StringComparer.Ordinal);
        string Part(string key) => values.TryGetValue(key, out var value) ? value : "";
        var family = string.Join(' ', new[] { Part("prefix"), Part("family") }.Where(p => p.Length > 0));
        var name = string.Join(' ', new[] { Part("given"), family, Part("suffix") }.Where(p => p.Length > 0));
        return name.Length == 0 ? null : new ImportedName(name, family.Length > 0 ? family : null);
    }

    private static string Text(IEnumerable<string> words) =>
        string.Join(' ', words.Select(w => TexToUnicode.Convert(w).Trim()).Where(w => w.Length > 0));

    /// <summary>The names of a list: split at " and " outside braces, any case, any white space around it.</summary>
    private static List<string> SplitNames(string tex)
    {
        var names = new List<string>();
        var words = Words(tex);
        var current = new List<string>();
        foreach (var word in words)
        {
            if (word.Equals("and", StringComparison.OrdinalIgnoreCase))
            {
                names.Add(string.Join(' ', current));
                current.Clear();
            }
            else
            {
                current.Add(word);
            }
        }

        names.Add(string.Join(' ', current));
        return [.. names.Select(n => n.Trim()).Where(n => n.Length > 0)];
    }

    /// <summary>Words split at white space (and ties, '~') outside braces; a comma outside braces is a word of its own
    /// only to <see cref="SplitOutsideBraces"/>, so here it stays attached.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var depth = 0;
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\' && i + 1 < text.Length)
            {
                start = start < 0 ? i : start;
                i++;
                continue;
            }

            depth += c switch { '{' => 1, '}' => depth > 0 ? -1 : 0, _ => 0 };
            var separator = depth == 0 && (char.IsWhiteSpace(c) || c == '~');
            if (separator)
            {
                if (start >= 0)
                {
                    words.Add(text[start..i]);
                    start = -1;
                }
            }
            else if (start < 0)
            {
                start = i;
            }
        }

        if (start >= 0)
        {
            words.Add(text[start..]);
        }

        return words;
    }

    private static List<string> SplitOutsideBraces(string text, char separator)
    {
        var parts = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            depth += c switch { '{' => 1, '}' => depth > 0 ? -1 : 0, _ => 0 };
            if (depth == 0 && c == separator)
            {
                parts.Add(text[start..i]);
                start = i + 1;
            }
        }

        parts.Add(text[start..]);
        return parts;
    }

    /// <summary>A von word: its first letter outside braces is lower case. A word opening with a brace group is read by
    /// that group: a special character (<c>{\"o}</c>) by its letter, any other group ("{Barnes and Noble}") as upper case.</summary>
    private static bool IsLowerCase(string word)
    {
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c == '{')
            {
                if (i + 1 < word.Length && word[i + 1] == '\\')
                {
                    var letter = TexToUnicode.Convert(word[i..TexToUnicode.SkipGroup(word, i, word.Length)]).FirstOrDefault(char.IsLetter);
                    return letter != default && char.IsLower(letter);
                }

                return false;
            }

            if (c == '\\')
            {
                var letter = TexToUnicode.Convert(word[i..]).FirstOrDefault(char.IsLetter);
                return letter != default && char.IsLower(letter);
            }

            if (char.IsLetter(c))
            {
                return char.IsLower(c);
            }
        }

        return false;
    }
}
