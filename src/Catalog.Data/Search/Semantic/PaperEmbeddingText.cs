namespace Catalog.Data.Search.Semantic;

/// <summary>The text embedded for a paper: its title, then its abstract as the seed gives it (Markdown and TeX marks
/// are few and the model reads past them). The title comes first because the model reads only the first 256
/// word-pieces of a long abstract.</summary>
public static class PaperEmbeddingText
{
    public static string Of(string title, string abstractText)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(abstractText);
        var head = title.Trim();
        var body = abstractText.Trim();
        if (body.Length == 0)
        {
            return head;
        }

        return head.Length == 0 || head[^1] is '.' or '?' or '!' ? $"{head} {body}".TrimStart() : $"{head}. {body}";
    }
}
