using Catalog.Data.Seeds;

namespace Catalog.Data.Bibliography;

/// <summary>Splits a BibTeX or biblatex file into entries, as BibTeX does: text outside entries is a comment,
/// <c>@comment</c> and <c>@preamble</c> are skipped, <c>@string</c> defines macros (the month macros jan … dec are
/// predefined), a value is braces, quotes, a number or a macro, joined by <c>#</c>. Each problem names its line; after
/// one, reading goes on at the next line that starts with '@', so one broken entry costs only itself.</summary>
public sealed class BibTexParser
{
    /// <summary>Deeper nesting than any real title needs; a file past it is broken or hostile.</summary>
    public const int MaxDepth = 32;

    private static readonly string[] s_months =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private readonly string _text;
    private readonly string _path;
    private readonly List<SeedProblem> _problems;
    private readonly Dictionary<string, string> _macros = new(StringComparer.OrdinalIgnoreCase);
    private int _pos;
    private int _line = 1;

    private BibTexParser(string text, string path, List<SeedProblem> problems)
    {
        _text = text;
        _path = path;
        _problems = problems;
        string[] names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
        for (var m = 0; m < 12; m++)
        {
            _macros[names[m]] = s_months[m];
        }
    }

    public static List<BibTexEntry> Parse(string text, string path, List<SeedProblem> problems)
    {
        var parser = new BibTexParser(text, path, problems);
        return parser.Entries();
    }

    private List<BibTexEntry> Entries()
    {
        var entries = new List<BibTexEntry>();
        while (SkipToAt())
        {
            var start = _pos;
            var startLine = _line;
            try
            {
                if (Entry(startLine) is { } entry)
                {
                    entries.Add(entry);
                }
            }
            catch (BibTexSyntaxException ex)
            {
                _problems.Add(new(_path, ex.Line, ex.Message));
                if (ex.ResumeAt is { } at)
                {
                    (_pos, _line) = at;
                }
                else
                {
                    Resume(start, startLine);
                }
            }
        }

        return entries;
    }

    /// <summary>Moves to the next '@' outside entries; false at the end of the file.</summary>
    private bool SkipToAt()
    {
        while (_pos < _text.Length)
        {
            if (_text[_pos] == '@')
            {
                return true;
            }

            Advance();
        }

        return false;
    }

    /// <summary>After a broken entry: the next line after its start whose first non-blank character is '@'.</summary>
    private void Resume(int start, int startLine)
    {
        (_pos, _line) = (start, startLine);
        Advance();
        while (_pos < _text.Length)
        {
            if (_text[_pos] == '\n')
            {
                Advance();
                var look = _pos;
                while (look < _text.Length && _text[look] is ' ' or '\t')
                {
                    look++;
                }

                if (look < _text.Length && _text[look] == '@')
                {
                    _pos = look;
                    return;
                }

                continue;
            }

            Advance();
        }
    }

    private BibTexEntry? Entry(int line)
    {
        Advance(); // '@'
        SkipSpace();
        var type = Identifier();
        if (type.Length == 0)
        {
            // An '@' in running text (an e-mail address in a comment) starts nothing.
            return null;
        }

        SkipSpace();
        if (_pos >= _text.Length || _text[_pos] is not ('{' or '('))
        {
            if (type.Equals("comment", StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            throw new BibTexSyntaxException(_line, $"@{type} must be followed by '{{' or '('");
        }

        var close = _text[_pos] == '{' ? '}' : ')';
        var openLine = _line;
        if (type.Equals("comment", StringComparison.OrdinalIgnoreCase))
        {
            Value(openLine, 0);
            return null;
        }

        Advance();
        SkipSpace();
        if (type.Equals("preamble", StringComparison.OrdinalIgnoreCase))
        {
            Concatenation();
            SkipSpace();
            Expect(close, openLine, "@preamble");
            return null;
        }

        if (type.Equals("string", StringComparison.OrdinalIgnoreCase))
        {
            var name = Identifier();
            if (name.Length == 0)
            {
                throw new BibTexSyntaxException(_line, "@string needs a macro name, as in @string{acl = {Proceedings of ACL}}");
            }

            SkipSpace();
            Expect('=', _line, $"@string{{{name}");
            SkipSpace();
            _macros[name] = Concatenation();
            SkipSpace();
            Expect(close, openLine, $"@string{{{name}");
            return null;
        }

        var key = Key(close);
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        while (true)
        {
            SkipSpace();
            if (_pos >= _text.Length)
            {
                throw new BibTexSyntaxException(openLine, $"entry '{key}' is not closed: '{close}' expected before the end of the file");
            }

            if (_text[_pos] == close)
            {
                Advance();
                break;
            }

            if (_text[_pos] == ',')
            {
                Advance();
                continue;
            }

            var fieldLine = _line;
            var field = Identifier().ToLowerInvariant();
            if (field.Length == 0)
            {
                throw new BibTexSyntaxException(_line, $"entry '{key}': expected a field name or '{close}', found {Describe(_text[_pos])}");
            }

            SkipSpace();
            Expect('=', _line, $"field '{field}' of entry '{key}'");
            SkipSpace();
            var value = Concatenation();
            if (!fields.TryAdd(field, value))
            {
                _problems.Add(new(_path, fieldLine, $"entry '{key}' has a second '{field}' field; the first is kept", ProblemSeverity.Warning));
            }
            else
            {
                lines[field] = fieldLine;
            }

            SkipSpace();
            if (_pos < _text.Length && _text[_pos] != ',' && _text[_pos] != close)
            {
                throw new BibTexSyntaxException(_line, $"entry '{key}': expected ',' or '{close}' after field '{field}', found {Describe(_text[_pos])}");
            }
        }

        return new BibTexEntry(type.ToLowerInvariant(), key, line, fields, lines);
    }

    /// <summary>The citekey: everything up to the first comma (biber allows more characters than BibTeX; both stop there).</summary>
    private string Key(char close)
    {
        var start = _pos;
        while (_pos < _text.Length && _text[_pos] != ',' && _text[_pos] != close && _text[_pos] != '\n')
        {
            Advance();
        }

        var key = _text[start.._pos].Trim();
        if (_pos < _text.Length && _text[_pos] == '\n')
        {
            SkipSpace();
        }

        return key;
    }

    private string Concatenation()
    {
        var parts = new List<string>();
        while (true)
        {
            parts.Add(Part());
            SkipSpace();
            if (_pos < _text.Length && _text[_pos] == '#')
            {
                Advance();
                SkipSpace();
                continue;
            }

            return string.Concat(parts);
        }
    }

    private string Part()
    {
        if (_pos >= _text.Length)
        {
            throw new BibTexSyntaxException(_line, "a value was expected before the end of the file");
        }

        var c = _text[_pos];
        if (c is '{' or '"')
        {
            return Value(_line, 0);
        }

        if (char.IsAsciiDigit(c))
        {
            var start = _pos;
            while (_pos < _text.Length && char.IsAsciiDigit(_text[_pos]))
            {
                Advance();
            }

            return _text[start.._pos];
        }

        var line = _line;
        var name = Identifier();
        if (name.Length == 0)
        {
            throw new BibTexSyntaxException(_line, $"expected a value ({{...}}, \"...\", a number or a @string name), found {Describe(c)}");
        }

        if (_macros.TryGetValue(name, out var value))
        {
            return value;
        }

        _problems.Add(new(_path, line, $"'{name}' is not a defined @string macro; read as empty (a value in braces, {{{name}}}, is text)", ProblemSeverity.Warning));
        return "";
    }

    /// <summary>A braced or quoted value, without its delimiters; braces inside must balance, and nest at most
    /// <see cref="MaxDepth"/> deep.</summary>
    private string Value(int openLine, int depth)
    {
        var quoted = _text[_pos] == '"';
        Advance();
        var start = _pos;
        var level = quoted ? 0 : 1;
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == '\\' && _pos + 1 < _text.Length)
            {
                Advance();
                Advance();
                continue;
            }

            if (c == '{')
            {
                level++;
                if (level + depth > MaxDepth)
                {
                    throw new BibTexSyntaxException(_line, FormattableString.Invariant($"braces nested more than {MaxDepth} deep"));
                }
            }
            else if (c == '}')
            {
                if (level == 0)
                {
                    throw new BibTexSyntaxException(_line, "a '}' closes no '{' in this quoted value");
                }

                level--;
                if (level == 0 && !quoted)
                {
                    var value = _text[start.._pos];
                    Advance();
                    return value;
                }
            }
            else if (c == '"' && quoted && level == 0)
            {
                var value = _text[start.._pos];
                Advance();
                return value;
            }
            else if (c == '\n' && EntryStartsAfter(_pos + 1) is { } next)
            {
                // A line that starts an entry ends a value never closed: reading on to the end of the file for each such
                // value would make a file of many broken entries quadratic, and the next entry is most likely whole.
                throw new BibTexSyntaxException(openLine, FormattableString.Invariant(
                    $"{(quoted ? "a '\"'" : "a '{'")} opened here is not closed before the entry at line {_line + 1}"), (next, _line + 1));
            }

            Advance();
        }

        throw new BibTexSyntaxException(openLine, quoted ? "a '\"' opened here is never closed" : "a '{' opened here is never closed");
    }

    /// <summary>Where an entry starts on the line that begins at <paramref name="at"/> ("@article{", after blanks), or null.</summary>
    private int? EntryStartsAfter(int at)
    {
        var i = at;
        while (i < _text.Length && _text[i] is ' ' or '\t')
        {
            i++;
        }

        if (i >= _text.Length || _text[i] != '@')
        {
            return null;
        }

        var j = i + 1;
        while (j < _text.Length && char.IsAsciiLetter(_text[j]))
        {
            j++;
        }

        while (j < _text.Length && _text[j] is ' ' or '\t')
        {
            j++;
        }

        return j > i + 1 && j < _text.Length && _text[j] is '{' or '(' ? i : null;
    }

    private string Identifier()
    {
        var start = _pos;
        while (_pos < _text.Length && IsIdentifierChar(_text[_pos]))
        {
            Advance();
        }

        return _text[start.._pos];
    }

    private static bool IsIdentifierChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or ':' or '.' or '+' or '/' or '\'' or '!' or '?' or '*' or '&' or ';' or '<' or '>' or '[' or ']' or '|';

    private void Expect(char c, int line, string what)
    {
        if (_pos >= _text.Length || _text[_pos] != c)
        {
            throw new BibTexSyntaxException(_pos >= _text.Length ? line : _line,
                $"{what}: expected '{c}', found {(_pos >= _text.Length ? "the end of the file" : Describe(_text[_pos]))}");
        }

        Advance();
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos]))
        {
            Advance();
        }
    }

    private void Advance()
    {
        if (_text[_pos] == '\n')
        {
            _line++;
        }

        _pos++;
    }

    private static string Describe(char c) => char.IsControl(c) || char.IsWhiteSpace(c)
        ? FormattableString.Invariant($"U+{(int)c:X4}")
        : $"'{c}'";
}
