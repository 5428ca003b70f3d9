using Catalog.Data.Text;

namespace Catalog.Data.Search;

/// <summary>The one rule for what a typed search may hold: anything a URL can carry that is not text (control
/// characters, a lone half of a surrogate pair, the noncharacters U+FFFE and U+FFFF) becomes a space, so the words around
/// it stay apart, and no page, link, feed or export ever repeats it (an XML writer refuses them).</summary>
public static class QueryText
{
    public static string WithoutNonText(string input) =>
        UnicodeText.Replace(input, c => char.IsControl(c) || c is '\uFFFE' or '\uFFFF', ' ');
}
