using Microsoft.AspNetCore.Http.Features;

namespace Catalog.Web.Middleware;

/// <summary>Answers HEAD exactly as GET, for every endpoint, from one place no new endpoint can miss: before routing,
/// the request becomes a GET whose body goes nowhere, so routing, validators, the output cache and compression treat it as
/// the GET it stands for (a HEAD after a GET is answered from the same cache entry) and the answer carries GET's status
/// and headers without a body. Minimal APIs and Razor component endpoints map GET alone (dotnet/aspnetcore#68515), so
/// without this HEAD found nothing but 404 and 405.</summary>
public sealed class HeadRequests(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Features.GetRequiredFeature<IHttpResponseBodyFeature>();
        context.Request.Method = HttpMethods.Get;
        context.Features.Set<IHttpResponseBodyFeature>(new StreamResponseBodyFeature(Stream.Null, body));
        try
        {
            await next(context);
        }
        finally
        {
            context.Features.Set(body);
            context.Request.Method = HttpMethods.Head;
        }
    }
}
