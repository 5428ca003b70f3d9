using Catalog.Data.Search.Engine.Highlight;

namespace Catalog.Components.Text;

/// <summary>Splits text marked by <see cref="SearchMarks"/> into plain and marked parts.</summary>
public static class SearchMarkParts
{
    public static IEnumerable<(string Part, bool Marked)> Split(string text)
    {
        var marked = false;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not (SearchMarks.Start or SearchMarks.End))
            {
                continue;
            }

            if (i > start)
            {
                yield return (text[start..i], marked);
            }

            marked = text[i] == SearchMarks.Start;
            start = i + 1;
        }

        if (start < text.Length)
        {
            yield return (text[start..], marked);
        }
    }
}
