using System.Text;
using Markdig.Syntax.Inlines;

namespace Catalog.Data.Seeds;

/// <summary>The plain text of Markdown inlines, as a reader sees it.</summary>
internal static class InlineText
{
    public static string Of(ContainerInline? container)
    {
        var builder = new StringBuilder();
        Append(container, builder);
        return builder.ToString();
    }

    private static void Append(Inline? inline, StringBuilder builder)
    {
        switch (inline)
        {
            case LiteralInline literal:
                builder.Append(literal.Content.ToString());
                break;
            case CodeInline code:
                builder.Append(code.Content);
                break;
            case LineBreakInline:
                builder.Append(' ');
                break;
            case ContainerInline container:
                foreach (var child in container)
                {
                    Append(child, builder);
                }

                break;
        }
    }
}
