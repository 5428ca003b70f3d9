using System.Text;

namespace Catalog.Data.Tests.Search.Engine;

/// <summary>Text that exercises the tokenizer: English words with the suffixes the porter rules cut, accents precomposed
/// and combining, case folds that change a character's UTF-8 length, scripts and symbols of every category, and
/// separators of every kind.</summary>
public static class OddText
{
    public static readonly string[] Stems =
    [
        "model", "train", "transform", "relat", "condition", "general", "hope", "happ", "sky", "agree", "plaster", "control",
        "rate", "cry", "feed", "fil", "sing", "generat", "format", "electric", "adopt", "depend", "vision", "graph", "neur",
        "a", "be", "yy", "ion", "at", "bl", "iz", "ss", "caress", "pony", "ti", "tie", "flu", "Lučić", "Müller", "Ærø", "ǅemal",
    ];

    public static readonly string[] Suffixes =
    [
        "", "", "s", "es", "ies", "sses", "ed", "ing", "eed", "ational", "tional", "enci", "anci", "izer", "bli", "alli",
        "entli", "eli", "ousli", "ization", "ation", "ator", "alism", "iveness", "fulness", "ousness", "aliti", "iviti",
        "biliti", "logi", "icate", "ative", "alize", "iciti", "ical", "ful", "ness", "al", "ance", "ence", "er", "ic", "able",
        "ible", "ant", "ement", "ment", "ent", "ion", "ou", "ism", "ate", "iti", "ous", "ive", "ize", "e", "ll", "y", "at", "bl", "iz",
    ];

    /// <summary>Single characters worth a place in a word: folds, marks, other scripts, numbers of every kind, symbols.</summary>
    public static readonly string[] Odd =
    [
        "é", "e\u0301", "\u0301", "\u0308", "\u0327", "İ", "ı", "ß", "ẞ", "ﬁ", "Ⱥ", "ⱥ", "Ω", "Ω", "K", "Å", "µ", "Σ", "ς",
        "Ǆ", "ǅ", "Ⅻ", "ⅻ", "①", "²", "½", "٣", "߀", "Λ", "λ", "Ж", "ж", "中", "文", "한", "ア", "ｱ", "Ａ", "ａ", "𝔄", "😀",
        "\U0001F600", "𐐀", "𐐨", "\u200D", "\u00AD", "\uFFFD", "\u2019", "'", "-", "_", "$", "\\", "^", "·", "\u00A0", "\u3000",
        "\u2028", "\t", "\n", "ǈ", "Ǉ", "\u0345", "ΐ", "ﬀ", "ȿ", "Ɐ", "ꞵ", "Ꞵ", "\u1E9E", "\u0130", "\u03F4", "\u2126", "\U0001E900",
    ];

    public static string Word(Random random)
    {
        var roll = random.Next(10);
        if (roll < 6)
        {
            var word = Stems[random.Next(Stems.Length)] + Suffixes[random.Next(Suffixes.Length)];
            return random.Next(5) == 0 ? word.ToUpperInvariant() : word;
        }

        var builder = new StringBuilder();
        for (var i = 1 + random.Next(4); i > 0; i--)
        {
            builder.Append(random.Next(2) == 0 ? Odd[random.Next(Odd.Length)] : Stems[random.Next(Stems.Length)]);
        }

        return builder.ToString();
    }

    public static string Sentence(Random random, int words)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < words; i++)
        {
            builder.Append(Word(random)).Append(random.Next(6) switch { 0 => "-", 1 => ", ", 2 => " (", _ => " " });
        }

        return builder.ToString();
    }
}
