namespace Catalog.Web.Hosting;

/// <summary>Razor component endpoints map GET and POST only (dotnet/aspnetcore#68515), so HEAD found no page. Each
/// endpoint that answers GET answers HEAD too; Kestrel sends the headers and leaves out the body.</summary>
public static class HeadRequests
{
    public static TBuilder AnswerHeadLikeGet<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.Add(endpoint =>
        {
            if (endpoint.Metadata.OfType<HttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head]));
            }
        });
        return builder;
    }
}
