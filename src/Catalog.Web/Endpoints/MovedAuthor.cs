using Catalog.Data.Queries;

namespace Catalog.Web.Endpoints;

/// <summary>An author's file asked for by a slug no person has: a spelling's own slug moves permanently to its person's
/// file, as the person's page does; anything else is 404.</summary>
public static class MovedAuthor
{
    public static void Answer(HttpContext context, string slug, Func<string, string> fileOf)
    {
        if (context.RequestServices.GetRequiredService<AuthorQueries>().MovedTo(slug) is { } person)
        {
            context.Response.Redirect(fileOf(person), permanent: true);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status404NotFound;
    }
}
